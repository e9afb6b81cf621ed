package govkg.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PlaceResolver} may use besides the place names themselves to decide an ambiguous
 * name: the article's dateline place (a name such as 南京 or 济南市), place names known from
 * elsewhere in the article (headline, byline), and whether the other places of the same text count.
 * Immutable; thread-safe.
 */
public record PlaceContext(Optional<String> datelinePlace, List<String> knownPlaces, boolean useTextPlaces) {

    public PlaceContext {
        Objects.requireNonNull(datelinePlace, "datelinePlace");
        knownPlaces = List.copyOf(knownPlaces);
    }

    /** No dateline, no outside places; the text's own places still count. */
    public static PlaceContext none() {
        return new PlaceContext(Optional.empty(), List.of(), true);
    }

    /** A dateline place name (e.g. from {@code Article.datelinePlace()}). */
    public static PlaceContext dateline(String place) {
        return new PlaceContext(Optional.ofNullable(place), List.of(), true);
    }

    /** This context plus place names known from elsewhere in the article. */
    public PlaceContext withKnownPlaces(List<String> places) {
        return new PlaceContext(datelinePlace, places, useTextPlaces);
    }

    /** This context with the text's own places ignored (only explicit context decides). */
    public PlaceContext withoutTextPlaces() {
        return new PlaceContext(datelinePlace, knownPlaces, false);
    }
}
