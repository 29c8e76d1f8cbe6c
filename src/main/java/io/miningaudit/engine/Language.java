package io.miningaudit.engine;

import java.util.Arrays;
import java.util.List;

/** A language the report is written in, by its tag as {@code --lang} and the labels workbook's columns name it. */
public enum Language {
    EN("en"), ZH_CN("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The language of {@code tag}, or null if there is none. */
    public static Language of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst().orElse(null);
    }

    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
