package govkg.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The rural villages of the statistical code table (about 490,000 村, 嘎查 … rows; the urban communities are
 * in the main table), read lazily: the resource {@code govkg/gazetteer/villages.txt.gz} is unpacked into one
 * byte array on first use (≈ 8 MB, well under 0.2 s), with an index of where each township's villages
 * start; a township's villages become {@link Division}s only when asked for, and are then kept. So an
 * article that names no county or township costs nothing, and one that does costs its townships.
 *
 * <p>Format (written by scripts/fetch-gazetteer.sh): lines {@code #TOWNSHIPCODE} (9 digits), each followed
 * by the township's villages as {@code NNNname} (the last three digits of the 12-digit code, then the name
 * with 村委会 / 村民委员会 folded to 村), in code order. Thread-safe.
 */
final class VillageIndex {

    static final String RESOURCE = "govkg/gazetteer/villages.txt.gz";

    private final byte[] data;
    private final String[] townships; // sorted 9-digit codes
    private final int[] starts; // offset of the first village line of each township
    private final ConcurrentHashMap<String, List<Division>> decoded = new ConcurrentHashMap<>();

    private VillageIndex(byte[] data) {
        this.data = data;
        var codes = new ArrayList<String>(45_000);
        var offsets = new ArrayList<Integer>(45_000);
        for (int i = 0; i < data.length; ) {
            int eol = lineEnd(i);
            if (data[i] == '#') {
                codes.add(new String(data, i + 1, eol - i - 1, StandardCharsets.US_ASCII));
                offsets.add(eol + 1);
            }
            i = eol + 1;
        }
        townships = codes.toArray(new String[0]);
        starts = offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final class Holder {
        static final VillageIndex INSTANCE = load();
    }

    /** The index, unpacked on first use; an empty index when the resource is absent. */
    static VillageIndex get() {
        return Holder.INSTANCE;
    }

    static VillageIndex load() {
        InputStream raw = VillageIndex.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) return new VillageIndex(new byte[0]);
        try (var in = new GZIPInputStream(raw, 1 << 16)) {
            var out = new ByteArrayOutputStream(9 << 20);
            in.transferTo(out);
            return new VillageIndex(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The villages of a township (9 digits), in code order; empty for an unknown code. */
    List<Division> ofTownship(String township) {
        if (township.length() != AdminLevel.TOWNSHIP.codeLength()) return List.of();
        return decoded.computeIfAbsent(township, this::decode);
    }

    /** The village with this 12-digit code. */
    Optional<Division> byCode(String code) {
        if (code.length() != AdminLevel.VILLAGE.codeLength()) return Optional.empty();
        for (Division d : ofTownship(code.substring(0, 9))) {
            if (d.code().equals(code)) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** The townships with villages under a county (6 digits) or township code. */
    List<String> townshipsUnder(String code) {
        int i = Arrays.binarySearch(townships, code);
        if (i < 0) i = -i - 1;
        var out = new ArrayList<String>();
        for (; i < townships.length && townships[i].startsWith(code); i++) out.add(townships[i]);
        return out;
    }

    int size() {
        return townships.length;
    }

    private List<Division> decode(String township) {
        int t = Arrays.binarySearch(townships, township);
        if (t < 0) return List.of();
        var out = new ArrayList<Division>();
        for (int i = starts[t]; i < data.length && data[i] != '#'; ) {
            int eol = lineEnd(i);
            String code = township + new String(data, i, 3, StandardCharsets.US_ASCII);
            String name = new String(data, i + 3, eol - i - 3, StandardCharsets.UTF_8);
            out.add(new Division(code, name, AdminLevel.VILLAGE, township));
            i = eol + 1;
        }
        return List.copyOf(out);
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') i++;
        return i;
    }
}
