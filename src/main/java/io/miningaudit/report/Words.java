package io.miningaudit.report;

import io.miningaudit.engine.Labels;
import io.miningaudit.engine.Language;
import io.miningaudit.facts.Finding;
import java.util.List;

/**
 * The words of a report in one language: sheet names, headers and the other texts by their English, codes, legal
 * bases and explanations, from the labels workbook of the rules. English writes the contract's names and codes
 * unchanged; without labels (a result made by hand) every word is the English one.
 */
record Words(Labels labels, Language lang) {
    static final Words ENGLISH = new Words(null, Language.EN);

    /** A sheet name, header or other text of the workbook, keyed by its English. */
    String text(String english) {
        return labels == null ? english : labels.text(english, lang);
    }

    List<String> texts(List<String> english) {
        return english.stream().map(this::text).toList();
    }

    /** A code (an enum, or a code's name) as this language shows it; a word that is no code, as a text. */
    String code(Object code) {
        if (code == null) {
            return null;
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        if (labels == null) {
            return name;
        }
        String shown = labels.code(name, lang);
        return shown.equals(name) && !(code instanceof Enum<?>) ? text(name) : shown;
    }

    /** A code's label in this language, English included, as a notice names it. */
    String label(Object code) {
        return labels == null ? String.valueOf(code) : labels.label(code, lang);
    }

    /** The legal basis of rule ID {@code ruleId} as this language cites it; English cites the rule's own. */
    String basis(String ruleId, String english) {
        return labels == null ? english : labels.basis(ruleId, english, lang);
    }

    /** A finding's explanation in this language: English as the finding has it, another rendered from its fields. */
    String explanation(Finding finding) {
        if (lang == Language.EN || labels == null || finding.getExplained() == null
                || !labels.explains(finding.getExplained().getKey())) {
            return finding.getExplanation();
        }
        return labels.render(finding.getExplained(), lang);
    }
}
