package cn.whuh.portal.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.util.TestSocketUtils;

/** A GreenMail SMTP server on a fixed loopback port that tests can stop and start again. */
public final class Smtp {

    private final ServerSetup setup;
    private GreenMail server;

    Smtp() {
        this.setup = new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    int port() {
        return setup.getPort();
    }

    /** Spring properties that point the portal's mail sender at this server. */
    String[] springArguments() {
        return new String[] {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port()};
    }

    public void start() {
        if (server == null) {
            server = new GreenMail(setup);
            server.start();
        }
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Everything received since this server was last started, or nothing while it is stopped. */
    public List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received with this Message-ID. */
    public List<MimeMessage> withMessageId(String messageId) {
        return received().stream().filter(m -> messageId.equals(header(m, "Message-ID"))).toList();
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded content of the part of this MIME type ("text/plain" or "text/html"). */
    public static String content(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = content(child, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves the HTML and text of a received message under target/mail/ so a person can look at them. */
    static void save(MimeMessage message, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "mail"));
            Files.writeString(dir.resolve(name + ".html"), content(message, "text/html"));
            Files.writeString(dir.resolve(name + ".txt"), message.getSubject() + "\n\n" + content(message, "text/plain"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
