package cn.whuh.portal.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An SMS template's named parameters as the outbox stores them (JSON), and phone numbers kept out of texts. */
final class SmsParameters {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };
    /** Chinese mobile numbers, with or without +86 / 86, and any other E.164 number. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)?86)?1[3-9]\\d{9}(?!\\d)|\\+[1-9]\\d{6,14}(?!\\d)");

    private SmsParameters() {
    }

    static String toJson(Map<String, String> parameters) {
        return JSON.writeValueAsString(parameters);
    }

    static Map<String, String> fromJson(String json) {
        return json == null ? Map.of() : JSON.readValue(json, MAP);
    }

    /** The text with every phone number replaced by {@code <phone>}, for logs and kept errors. */
    static String withoutPhones(String text) {
        return text == null ? null : PHONE.matcher(text).replaceAll("<phone>");
    }
}
