package govkg.rdf;

import govkg.resolve.Entity;
import org.apache.jena.rdf.model.Resource;

import java.util.ArrayList;
import java.util.List;

/** The gov: classes of an entity: its contract class plus the subclass its kind attribute names. */
final class EntityTypes {
    private EntityTypes() {}

    static List<Resource> of(Entity e) {
        List<Resource> out = new ArrayList<>();
        switch (e.type()) {
            case PERSON -> out.add(GOV.Person);
            case PLACE -> out.add(GOV.Place);
            case ORGANIZATION -> {
                out.add(GOV.Organization);
                String kind = e.attrs().getOrDefault("orgKind", "other");
                String label = e.label();
                if (label.endsWith("法院") || label.endsWith("检察院")) out.add(GOV.JudicialOrganization);
                else switch (kind) {
                    case "party" -> out.add(GOV.PartyOrganization);
                    case "government", "judicial", "supervisory" -> out.add(GOV.GovernmentOrganization);
                    case "legislature" -> out.add(GOV.LegislativeOrganization);
                    case "consultative" -> out.add(GOV.ConsultativeOrganization);
                    case "military" -> out.add(GOV.MilitaryOrganization);
                    case "people", "democratic-party" -> out.add(GOV.PeoplesOrganization);
                    case "international" -> out.add(GOV.InternationalOrganization);
                    case "foreign" -> out.add(GOV.ForeignOrganization);
                    case "security" -> { out.add(GOV.GovernmentOrganization); out.add(GOV.PublicSecurityOrganization); }
                    case "committee" -> out.add(GOV.Committee);
                    case "company" -> out.add(GOV.Company);
                    case "community" -> out.add(GOV.CommunityOrganization);
                    default -> { }
                }
            }
            case PROGRAM -> {
                out.add(GOV.Program);
                switch (e.attrs().getOrDefault("programKind", "")) {
                    case "campaign" -> out.add(GOV.Campaign);
                    case "pilot" -> out.add(GOV.Pilot);
                    case "model" -> out.add(GOV.WorkModel);
                    case "activity" -> out.add(GOV.Activity);
                    default -> { }
                }
            }
            case DOCUMENT -> {
                out.add(GOV.PolicyDocument);
                if ("法".equals(e.attrs().get("docType"))) out.add(GOV.Law);
            }
            case EVENT -> {
                out.add(GOV.Event);
                if ("meeting".equals(e.attrs().get("eventKind"))) out.add(GOV.Meeting);
            }
        }
        return out;
    }
}
