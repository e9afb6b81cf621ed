package govkg.gazetteer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: saves the gazetteer's name automaton so that loading it at run time is a read, not a
 * build. Reads the divisions resource from the classpath; writes
 * {@code <classes dir>/govkg/gazetteer/automaton.bin}. Run by Maven in the process-classes phase
 * ({@code exec-maven-plugin}, see pom.xml) with the output directory as its one argument.
 */
public final class GazetteerIndexBuilder {

    private GazetteerIndexBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GazetteerIndexBuilder <classes dir>");
            System.exit(2);
        }
        Path out = Path.of(args[0], Gazetteer.BASE, Gazetteer.AUTOMATON);
        Files.createDirectories(out.getParent());
        Gazetteer g = Gazetteer.load(false);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            g.saveAutomaton(os);
        }
    }
}
