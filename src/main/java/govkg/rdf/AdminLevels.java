package govkg.rdf;

import org.apache.jena.rdf.model.Resource;

/** The gov:AdminLevel individual and parent code of a statistical division code, by its length. */
public final class AdminLevels {
    private AdminLevels() {}

    public static Resource of(String code) {
        return switch (code.length()) {
            case 2 -> GOV.Province;
            case 4 -> GOV.City;
            case 6 -> GOV.County;
            case 9 -> GOV.Township;
            case 12 -> GOV.Village;
            default -> throw new IllegalArgumentException("not a division code: " + code);
        };
    }

    /** Whether {@code code} (may be null) is a province-level division's: 2 digits. */
    public static boolean isProvince(String code) {
        return code != null && code.length() == 2;
    }

    public static String parentCode(String code) {
        return switch (code.length()) {
            case 4 -> code.substring(0, 2);
            case 6 -> code.substring(0, 4);
            case 9 -> code.substring(0, 6);
            case 12 -> code.substring(0, 9);
            default -> null;
        };
    }
}
