package cn.whuh.portal.lead;

import static org.awaitility.Awaitility.await;

import cn.whuh.portal.notify.MailKind;
import cn.whuh.portal.notify.MailMessage;
import cn.whuh.portal.notify.MailMessageRepository;
import cn.whuh.portal.notify.MailStatus;
import cn.whuh.portal.notify.Smtp;
import cn.whuh.portal.prescreen.Answers;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leads made the way a partner app makes them (the API), and the personal link the person then finds in their
 * confirmation mail, as the mail server received it.
 */
public final class PersonalLinks {

    public static final Pattern LINK = Pattern.compile("https://portal\\.whuh\\.example/my/([A-Za-z0-9_-]+)");

    /** A lead stored through the API, and the token of its personal link. */
    public record Made(String reference, String phone, String token) {
    }

    private PersonalLinks() {
    }

    /** POSTs a likely-eligible lead with an e-mail address in Chinese from {@code client}; returns its reference. */
    public static String post(int port, JsonMapper json, String phone, String client) throws Exception {
        HttpResponse<String> response = send(port, json, phone, client);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("lead not stored: " + response.statusCode() + " " + response.body());
        }
        JsonNode created = json.readTree(response.body());
        return created.get("reference").asString();
    }

    /** POSTs the same lead as {@link #post} and returns the answer, whatever it is. */
    public static HttpResponse<String> send(int port, JsonMapper json, String phone, String client) throws Exception {
        Map<String, Object> body = Map.of("answers", Answers.likelyEligible(),
                "contact", Map.of("full_name", "王芳", "phone", phone, "email", "wf-" + TestLeads.digits(6) + "@example.com",
                        "preferred_language", "zh"),
                "consent", Map.of("prescreen", true, "future", true));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/studies/NCT06106906/leads"))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the patient's confirmation to be sent and reads the token from the mail the server received. */
    public static String tokenFromMail(MailMessageRepository messages, Smtp smtp, String reference) {
        MailMessage confirmation = await().atMost(Duration.ofSeconds(30)).until(
                () -> messages.findByLeadReferenceOrderByIdAsc(reference).stream()
                        .filter(m -> m.getKind() == MailKind.PATIENT_CONFIRMATION && m.getStatus() == MailStatus.SENT)
                        .findFirst().orElse(null), m -> m != null);
        MimeMessage received = smtp.withMessageId(confirmation.getMessageId()).getFirst();
        Matcher link = LINK.matcher(Smtp.content(received, "text/plain"));
        if (!link.find()) {
            throw new IllegalStateException("no personal link in the confirmation of " + reference);
        }
        return link.group(1);
    }
}
