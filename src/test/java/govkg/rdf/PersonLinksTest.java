package govkg.rdf;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** One official, one person across places and years: owl:sameAs from career evidence, namesakes kept apart. */
class PersonLinksTest {
    private static final String B = "https://w3id.org/govkg/id/";
    private static final String ZJ_COMMITTEE = B + "organization/zj", CENTRAL = B + "organization/cc", GD = B + "organization/gd";

    @Test
    void aNationalLeadersEarlierProvincialPostHangsOnTheSamePerson() {
        // 2005: provincial secretary (name|33); 2015: national office (name|CN), a report naming the earlier post too
        Map<String, String> keys = Map.of(B + "p/zj", "王国华|33", B + "p/cn", "王国华|CN", B + "p/any", "王国华|");
        Map<String, Set<String>> bodies = Map.of(B + "p/zj", Set.of(ZJ_COMMITTEE), B + "p/cn", Set.of(CENTRAL, ZJ_COMMITTEE));
        Map<String, String> links = EntityGraph.personLinks(keys, bodies);
        assertEquals(B + "p/cn", links.get(B + "p/zj"), "the provincial post joins the national person");
        assertEquals(B + "p/cn", links.get(B + "p/any"), "a mention by name only is the one official");
        assertFalse(links.containsKey(B + "p/cn"), "the canonical IRI links nowhere");
    }

    @Test
    void namesakesInDifferentBodiesStayApart() {
        Map<String, String> keys = Map.of(B + "p/zj", "李伟|33", B + "p/gd", "李伟|44", B + "p/any", "李伟|");
        Map<String, Set<String>> bodies = Map.of(B + "p/zj", Set.of(ZJ_COMMITTEE), B + "p/gd", Set.of(GD));
        Map<String, String> links = EntityGraph.personLinks(keys, bodies);
        assertTrue(links.isEmpty(), "two officials of one name: no link, not even from a name-only mention: " + links);
    }

    @Test
    void journalistsAreNeverLinked() {
        Map<String, String> keys = Map.of(B + "p/r", "张华|reporter", B + "p/zj", "张华|33");
        assertTrue(EntityGraph.personLinks(keys, Map.of(B + "p/zj", Set.of(ZJ_COMMITTEE))).isEmpty());
    }

    @Test
    void theLinksDoNotDependOnOrder() {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put(B + "p/b", "赵强|32");
        keys.put(B + "p/a", "赵强|32x");
        keys.put(B + "p/c", "赵强|41");
        Map<String, Set<String>> bodies = Map.of(B + "p/a", Set.of(GD), B + "p/b", Set.of(GD), B + "p/c", Set.of(GD, CENTRAL));
        Map<String, String> once = EntityGraph.personLinks(keys, bodies);
        Map<String, String> reversed = new java.util.LinkedHashMap<>();
        java.util.List<String> order = new java.util.ArrayList<>(keys.keySet());
        java.util.Collections.reverse(order);
        order.forEach(k -> reversed.put(k, keys.get(k)));
        assertEquals(once, EntityGraph.personLinks(reversed, bodies));
        assertEquals(Map.of(B + "p/b", B + "p/a", B + "p/c", B + "p/a"), once, "one group, the smallest IRI canonical");
    }

    private static final String GX = B + "organization/gx", HB = B + "organization/hb", COUNTY = B + "organization/county";

    private static EntityGraph.Career career(String key, String body, String first, String last, boolean provincial) {
        return new EntityGraph.Career(key, Set.of(body), first, last, provincial);
    }

    @Test
    void aProvincialSecretaryWhoMovedToTheCentreIsOneCareerThoughNoReportNamesBothPosts() {
        // consecutive posts: 2010–2012 a provincial party secretary, 2013–2017 a minister; no shared body
        Map<String, EntityGraph.Career> careers = Map.of(
                B + "p/gx", career("周立新|45", GX, "2010-03-01", "2012-11-30", true),
                B + "p/cn", career("周立新|CN", CENTRAL, "2013-03-20", "2017-06-01", false));
        assertEquals(Map.of(B + "p/gx", B + "p/cn"), EntityGraph.personLinks(careers));
    }

    @Test
    void aNamesakeHoldingAPostWhileTheNationalOfficialHoldsHisStaysApart() {
        Map<String, EntityGraph.Career> overlapping = Map.of(
                B + "p/gx", career("周立新|45", GX, "2014-03-01", "2015-11-30", true),
                B + "p/cn", career("周立新|CN", CENTRAL, "2013-03-20", "2017-06-01", false));
        assertTrue(EntityGraph.personLinks(overlapping).isEmpty(), "posts at the same time: two people");
        Map<String, EntityGraph.Career> county = Map.of(
                B + "p/county", career("周立新|45", COUNTY, "2010-03-01", "2012-11-30", false),
                B + "p/cn", career("周立新|CN", CENTRAL, "2013-03-20", "2017-06-01", false));
        assertTrue(EntityGraph.personLinks(county).isEmpty(), "a county official is no step before national office");
        Map<String, EntityGraph.Career> undated = Map.of(
                B + "p/gx", career("周立新|45", GX, null, null, true),
                B + "p/cn", career("周立新|CN", CENTRAL, "2013-03-20", "2017-06-01", false));
        assertTrue(EntityGraph.personLinks(undated).isEmpty(), "without dates there is no sequence");
    }

    @Test
    void twoProvincialNamesakesAtTheSameTimeMakeItAmbiguous() {
        Map<String, EntityGraph.Career> careers = Map.of(
                B + "p/gx", career("周立新|45", GX, "2010-03-01", "2012-11-30", true),
                B + "p/hb", career("周立新|42", HB, "2011-05-01", "2012-06-30", true),
                B + "p/cn", career("周立新|CN", CENTRAL, "2013-03-20", "2017-06-01", false));
        assertTrue(EntityGraph.personLinks(careers).isEmpty(), "which of the two moved is unknown: " + EntityGraph.personLinks(careers));
        Map<String, EntityGraph.Career> successive = Map.of(
                B + "p/gx", career("周立新|45", GX, "2006-03-01", "2009-11-30", true),
                B + "p/hb", career("周立新|42", HB, "2010-05-01", "2012-06-30", true),
                B + "p/cn", career("周立新|CN", CENTRAL, "2013-03-20", "2017-06-01", false));
        assertEquals(Map.of(B + "p/gx", B + "p/cn", B + "p/hb", B + "p/cn"), EntityGraph.personLinks(successive),
                "one province, then another, then the centre");
    }
}
