package cn.whuh.portal.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mail through Spring Mail, when an SMTP server is configured ({@code spring.mail.host}). An address that cannot
 * be parsed fails for good; any other failure is the server's.
 */
@Component
class MailChannel implements OutboxChannel {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;]+");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotifyProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> mailSender, NotifyProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public boolean sending() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public void send(MailMessage message) throws DeliveryFailure {
        JavaMailSender sender = mailSender.getObject();
        try {
            sender.send(toMime(sender, message));
        } catch (Exception e) {
            throw new DeliveryFailure(describe(e), e instanceof AddressException, e instanceof AddressException);
        }
    }

    private MimeMessage toMime(JavaMailSender sender, MailMessage message) throws Exception {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getTextBody(), message.getHtmlBody());
        // kept by JavaMailSenderImpl when it saves the message: every attempt carries the same Message-ID
        mime.setHeader("Message-ID", message.getMessageId());
        return mime;
    }

    /** What went wrong, without addresses: the SMTP reply or the network error. */
    static String describe(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return ADDRESS.matcher(text).replaceAll("<address>").replaceAll("\\s+", " ").trim();
    }
}
