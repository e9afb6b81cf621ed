/**
 * Scoring govkg's output against hand-made gold annotations ({@code govkg eval}) and measuring the
 * extractors on labelled NER corpora ({@code govkg bench-ner}).
 *
 * <p>The gold format and the matching rules are those of the shared scorer ({@code shared/eval/Score.java}):
 * the same graph and gold file give the same numbers with either. See {@code docs/evaluation.md}.
 */
package govkg.eval;
