package govkg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The scores of all types with gold lines, and their micro average; prints as the shared scorer does. */
public record ScoreTable(List<TypeScore> rows) {
    public ScoreTable {
        rows = List.copyOf(rows);
    }

    public int tp() {
        return rows.stream().mapToInt(TypeScore::tp).sum();
    }

    public int fp() {
        return rows.stream().mapToInt(TypeScore::fp).sum();
    }

    public int gold() {
        return rows.stream().mapToInt(TypeScore::gold).sum();
    }

    /** Micro-averaged precision, recall and F1 over all types. */
    public Prf micro() {
        return Prf.of(tp(), fp(), gold());
    }

    /** The table; with {@code verbose}, the misses and false positives before the micro line. */
    public void print(PrintWriter out, boolean verbose) {
        out.printf(Locale.ROOT, "%-11s %5s %5s %5s %5s   %6s %6s %6s%n", "type", "gold", "found", "tp", "fp", "P", "R", "F1");
        for (TypeScore r : rows) {
            Prf p = r.prf();
            out.printf(Locale.ROOT, "%-11s %5d %5d %5d %5d   %6.3f %6.3f %6.3f%n", r.type().key(), r.gold(), r.found(), r.tp(), r.fp(),
                    p.precision(), p.recall(), p.f1());
        }
        if (verbose) {
            out.println();
            for (TypeScore r : rows) {
                for (GoldEntry g : r.misses()) out.println(r.type().key() + "  missed  " + g.describe());
                for (TypeScore.FalsePositive f : r.falsePositives()) out.println(r.type().key() + "  false   " + f.describe());
            }
        }
        Prf m = micro();
        out.printf(Locale.ROOT, "%nmicro P %.3f R %.3f F1 %.3f%n", m.precision(), m.recall(), m.f1());
        out.flush();
    }

    /** The same figures as a JSON object (with the misses and false positives). */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\n  \"types\": [");
        for (int i = 0; i < rows.size(); i++) {
            TypeScore r = rows.get(i);
            Prf p = r.prf();
            b.append(i == 0 ? "\n" : ",\n").append("    {\"type\": ").append(Json.str(r.type().key()))
                    .append(", \"gold\": ").append(r.gold()).append(", \"found\": ").append(r.found())
                    .append(", \"tp\": ").append(r.tp()).append(", \"fp\": ").append(r.fp())
                    .append(", \"precision\": ").append(Json.num(p.precision())).append(", \"recall\": ").append(Json.num(p.recall()))
                    .append(", \"f1\": ").append(Json.num(p.f1()))
                    .append(", \"missed\": ").append(Json.strings(r.misses().stream().map(GoldEntry::describe).toList()))
                    .append(", \"false\": ").append(Json.strings(r.falsePositives().stream().map(TypeScore.FalsePositive::describe).toList()))
                    .append('}');
        }
        Prf m = micro();
        b.append("\n  ],\n  \"micro\": {\"tp\": ").append(tp()).append(", \"fp\": ").append(fp()).append(", \"gold\": ").append(gold())
                .append(", \"precision\": ").append(Json.num(m.precision())).append(", \"recall\": ").append(Json.num(m.recall()))
                .append(", \"f1\": ").append(Json.num(m.f1())).append("}\n}\n");
        return b.toString();
    }
}
