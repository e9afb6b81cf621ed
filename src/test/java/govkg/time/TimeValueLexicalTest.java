package govkg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The lexical form written by hand is String.format's, and parse reads it back. */
class TimeValueLexicalTest {
    @Test
    void sameAsTheFormat() {
        for (int year : new int[] {1, 9, 10, 99, 100, 999, 1000, 1949, 2013, 2024, 9999}) {
            for (int month = 1; month <= 12; month++) {
                TimeValue m = new TimeValue(year, month, 0, Precision.MONTH);
                assertEquals(m.formatted(), m.lexical());
                assertEquals(m, TimeValue.parse(m.lexical()));
                for (int day : new int[] {1, 9, 10, 28}) {
                    TimeValue d = new TimeValue(year, month, day, Precision.DAY);
                    assertEquals(d.formatted(), d.lexical());
                }
            }
            TimeValue y = new TimeValue(year, 0, 0, Precision.YEAR);
            assertEquals(y.formatted(), y.lexical());
        }
    }

    @Test
    void casesOfTheTable() {
        Object[][] cases = {{new TimeValue(2013, 7, 5, Precision.DAY), "2013-07-05"},
                {new TimeValue(2013, 7, 0, Precision.MONTH), "2013-07"},
                {new TimeValue(987, 0, 0, Precision.YEAR), "0987"}};
        for (Object[] c : cases) assertEquals(c[1], ((TimeValue) c[0]).lexical());
        assertNull(TimeValue.parse("2013-7-5"));
    }
}
