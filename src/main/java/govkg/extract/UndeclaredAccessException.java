package govkg.extract;

import java.util.Set;

/** A stage read or wrote a layer its contract does not declare: a programming error, caught by the stage's tests. */
public final class UndeclaredAccessException extends IllegalStateException {
    public UndeclaredAccessException(String stage, String access, Layer layer, Set<Layer> declared) {
        super("stage " + stage + " " + access + " " + layer + " without declaring it (declared: " + declared + ")");
    }
}
