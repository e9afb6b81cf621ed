package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.eval.NerBenchmark;
import govkg.eval.NerCategory;
import govkg.eval.NerCorpora;
import govkg.eval.NerReport;
import govkg.eval.NerSentence;
import govkg.extract.ExtractionPipeline;
import govkg.lexicon.Lexicons;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** govkg bench-ner: mention-level precision and recall of the extractors on a labelled NER corpus. */
@Command(name = "bench-ner", mixinStandardHelpOptions = true,
        description = {"Mention-level P/R/F1 of the extractors on labelled NER data, each sentence run as one article.",
                "Exact: same begin and end; overlap: a predicted span overlaps a gold one. Also prints chars/s (docs/evaluation.md)."})
public final class BenchNerCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Corpus corpus;

    /** Which corpus, and where. */
    static final class Corpus {
        @Option(names = "--cluener", paramLabel = "FILE", required = true,
                description = "CLUENER2020 JSON lines (dev.json): person~name, org~government+organization, place~address, position~post titles.")
        Path cluener;

        @Option(names = "--msra", paramLabel = "FILE", required = true,
                description = "MSRA NER gold: testright1.txt (text/TAG chunks) or its .jsonl form: person~PER, place~LOC, org~ORG.")
        Path msra;
    }

    @Option(names = "--limit", paramLabel = "N", description = "Read only the first N sentences.")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() {
        if (limit < 1) throw new GovkgException(ExitCodes.BAD_INPUT, "--limit " + limit + ": expected a positive number");
        Path file = corpus.cluener != null ? corpus.cluener : corpus.msra;
        List<NerSentence> sentences;
        try {
            sentences = corpus.cluener != null ? NerCorpora.cluener(file, limit) : NerCorpora.msra(file, limit);
        } catch (IOException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, file + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, file + ": " + e.getMessage());
        }
        if (sentences.isEmpty()) throw new GovkgException(ExitCodes.BAD_INPUT, file + ": no sentences");
        List<NerCategory> categories = corpus.cluener != null ? NerCategory.cluener() : NerCategory.msra();
        ExtractionPipeline pipeline = ExtractionPipeline.standard(Lexicons.builtIn());
        NerBenchmark bench = new NerBenchmark(pipeline, categories);
        bench.run(sentences.subList(0, Math.min(20, sentences.size())));   // warm up: load HanLP and the gazetteer, JIT
        NerReport report = bench.run(sentences);
        spec.commandLine().getOut().println((corpus.cluener != null ? "CLUENER2020 " : "MSRA NER ") + file.getFileName());
        report.print(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
