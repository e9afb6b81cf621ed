package govkg.rdf;

import govkg.extract.PostHolding;
import govkg.resolve.Entity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names an analyst may write a post by, stated on its membership as {@code gov:postName} so that the time
 * queries (holders on a date, succession) find a post by one index lookup instead of reading every membership of
 * its role: the title as stated (政法委书记, 原公安部部长), and each name this report gives the body followed by the
 * title after the body (公安部 + 部长, 自治区党委政法委 + 书记 for 政法委书记: the body's name and the title share
 * 政法委 once). A former post (原…) is also named without 原, so that asking for the post finds its former holders
 * too, as the queries always did; a deputy's title keeps 副, so 公安部副部长 is never 公安部部长.
 */
public final class PostNames {
    private PostNames() {}

    /** The post's names: the title as stated first; with a body, each of its names followed by the title after it. */
    public static Set<String> of(String title, String role, Entity organization) {
        Set<String> out = new LinkedHashSet<>();
        out.add(title);
        if (organization == null)
            return out;
        String bare = title.startsWith(PostHolding.FORMER) ? title.substring(PostHolding.FORMER.length()) : title;
        if (bare.isEmpty())
            return out;
        // the overlap may not reach into the role: 公安部 + 部长 is 公安部部长, never 公安部长
        String bareRole = role == null ? "" : role.startsWith(PostHolding.FORMER) ? role.substring(PostHolding.FORMER.length()) : role;
        int maxOverlap = bare.endsWith(bareRole) && !bareRole.isEmpty() ? bare.length() - bareRole.length() : bare.length() - 1;
        Set<String> bodyNames = new LinkedHashSet<>();
        bodyNames.add(organization.label());
        bodyNames.addAll(organization.aliases());
        bodyNames.remove("");
        for (String body : Set.copyOf(bodyNames))
            bodyNames.add(otherPartyForm(body));
        bodyNames.remove("");
        // the title after the body: after the longest start of the title that some name of the body ends with
        // (中共浙江省委书记 after 中共浙江省委 is 书记, so 浙江省委 gives 浙江省委书记)
        int cut = 0;
        for (String body : bodyNames)
            cut = Math.max(cut, overlap(body, bare, maxOverlap));
        String after = bare.substring(cut);
        for (String body : bodyNames)
            out.add(body + after);
        return out;
    }

    /** 中共 for a place's party committee: 中共浙江省委 and 浙江省委 are one body, written either way ("" when neither). */
    static String otherPartyForm(String body) {
        if (body.startsWith(CPC))
            return body.substring(CPC.length());
        return LOCAL_PARTY_COMMITTEE.matcher(body).find() ? CPC + body : "";
    }

    private static final String CPC = "中共";
    /** A place's party committee: 浙江省委, 杭州市委, 余杭区委, 天荒坪镇党委 (not 政法委, 发改委: no 中共 before those). */
    private static final java.util.regex.Pattern LOCAL_PARTY_COMMITTEE = java.util.regex.Pattern.compile("(省|市|县|区|州|盟|旗)委$|(镇|乡|街道)党(工)?委$");

    /** The length of the longest start of {@code title}, at most {@code max}, that {@code body} ends with. */
    static int overlap(String body, String title, int max) {
        for (int k = Math.min(max, Math.min(body.length(), title.length())); k > 0; k--)
            if (body.endsWith(title.substring(0, k)))
                return k;
        return 0;
    }
}
