package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;

/** Content negotiation rules, without a server. */
class FormatTest {
    @Test
    void browsersGetHtml() {
        assertThat(Format.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"))
                .isEqualTo(Format.HTML);
        assertThat(Format.negotiate(null)).isEqualTo(Format.HTML);
        assertThat(Format.negotiate("*/*")).isEqualTo(Format.HTML);
    }

    @Test
    void clientsGetRdf() {
        assertThat(Format.negotiate("text/turtle")).isEqualTo(Format.TURTLE);
        assertThat(Format.negotiate("application/ld+json, text/turtle;q=0.5")).isEqualTo(Format.JSONLD);
        assertThat(Format.negotiate("text/turtle;q=0.5, application/n-triples")).isEqualTo(Format.NTRIPLES);
        assertThat(Format.negotiate("application/rdf+xml, text/html;q=0.1")).isEqualTo(Format.RDFXML);
        assertThat(Format.negotiate("text/*;q=0.9, text/html;q=0")).isEqualTo(Format.TURTLE);
    }

    @Test
    void nothingAcceptable() {
        assertThat(Format.negotiate("image/png")).isNull();
        assertThat(Format.negotiate("text/html;q=0")).isNull();
    }

    @Test
    void suffixes() {
        assertThat(Format.bySuffix("ttl")).isEqualTo(Format.TURTLE);
        assertThat(Format.bySuffix("JSONLD")).isEqualTo(Format.JSONLD);
        assertThat(Format.bySuffix("nt")).isEqualTo(Format.NTRIPLES);
        assertThat(Format.bySuffix("exe")).isNull();
    }
}
