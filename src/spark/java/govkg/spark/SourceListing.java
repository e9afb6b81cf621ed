package govkg.spark;

import govkg.ingest.InputException;
import govkg.ingest.SourceReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the report files under the paths given, on the driver, through Hadoop's file systems (so a path
 * may be local, hdfs://, s3a://...), with the source ids {@link SourceReader#list} gives: the path relative
 * to the folder given, prefixed with the folder's name, or the file name for a file given directly.
 * Only names are listed here; the executors read the bytes.
 */
final class SourceListing {
    private SourceListing() {}

    static List<SourceDoc> list(List<String> paths, Configuration conf) throws IOException {
        List<SourceDoc> out = new ArrayList<>();
        for (String given : paths) {
            Path p = new Path(given);
            FileSystem fs = p.getFileSystem(conf);
            p = fs.makeQualified(p);
            if (!fs.exists(p)) throw new InputException(java.nio.file.Path.of(given), "no such file or folder");
            FileStatus st = fs.getFileStatus(p);
            if (!st.isDirectory()) {
                out.add(SourceDoc.file(p.getName(), p.toUri().toString()));
                continue;
            }
            String root = p.toUri().getPath().replaceAll("/+$", "");
            String prefix = p.getName().isEmpty() ? "" : p.getName() + "/";
            List<SourceDoc> here = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (!f.isFile() || !SourceReader.isReport(java.nio.file.Path.of(f.getPath().getName()))) continue;
                String rel = f.getPath().toUri().getPath().substring(root.length() + 1);
                here.add(SourceDoc.file(prefix + rel, f.getPath().toUri().toString()));
            }
            here.sort(Comparator.comparing(SourceDoc::id));
            out.addAll(here);
        }
        return out;
    }
}
