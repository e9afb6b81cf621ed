package govkg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;

/**
 * One report source as it travels to an executor: its source id (the same id {@code govkg extract} gives,
 * so report IRIs match), where it is (a file URI, or the Parquet row's id), and its bytes when they came
 * inline (Parquet); files are read by the executor itself through Hadoop's file systems (local, HDFS, S3...).
 */
public record SourceDoc(String id, String location, byte[] inline) implements Serializable {

    static SourceDoc file(String id, String uri) {
        return new SourceDoc(id, uri, null);
    }

    static SourceDoc inline(String id, byte[] bytes) {
        return new SourceDoc(id, id, bytes);
    }

    byte[] bytes() throws IOException {
        if (inline != null) return inline;
        Path p = new Path(URI.create(location));
        FileSystem fs = p.getFileSystem(new Configuration());
        long len = fs.getFileStatus(p).getLen();
        if (len > Integer.MAX_VALUE) throw new IOException(location + ": file too large (" + len + " bytes)");
        byte[] b = new byte[(int) len];
        try (FSDataInputStream in = fs.open(p)) {
            in.readFully(0, b);
        }
        return b;
    }

    /** The file name part, which {@code govkg extract} uses for dates in names and for HTML detection. */
    String fileName() {
        String s = inline != null ? id : URI.create(location).getPath();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
