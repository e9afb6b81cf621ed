package govkg.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** govkg bench-ner: placeholder, filled in below. */
@Command(name = "bench-ner", mixinStandardHelpOptions = true, hidden = true, description = "Mention-level NER benchmark.")
public final class BenchNerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.OK;
    }
}
