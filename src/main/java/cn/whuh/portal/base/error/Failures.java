package cn.whuh.portal.base.error;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What the API and the views need to know about an unexpected failure, without its messages: exception
 * messages can quote input (a name, a phone number, an SQL value), so logs get exception classes and the
 * place in the portal's code, and the visitor a short reference to quote, shared with the log line.
 */
public final class Failures {

    /** How long a caller is asked to wait when the database cannot be reached. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private static final String PORTAL_CODE = "cn.whuh.portal.";

    /** Causes that mean "the database (or its pool) cannot be reached or is overloaded right now". */
    private static final List<Class<? extends Throwable>> UNAVAILABLE = List.of(
            DataAccessResourceFailureException.class, // includes CannotGetJdbcConnectionException
            TransientDataAccessException.class, // query timeouts, lock timeouts, deadlocks
            RecoverableDataAccessException.class,
            CannotCreateTransactionException.class, // @Transactional could not get a connection
            SQLTransientException.class, // includes Hikari's SQLTransientConnectionException
            SQLNonTransientConnectionException.class, // the driver: connection refused or lost
            SQLRecoverableException.class);

    private Failures() {
    }

    /** A short random reference, written in the log line and shown to the visitor. */
    public static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Whether the failure is the database being unreachable or overloaded: worth trying again in a moment. */
    public static boolean isUnavailable(Throwable failure) {
        return causes(failure).stream().anyMatch(cause -> UNAVAILABLE.stream().anyMatch(type -> type.isInstance(cause)));
    }

    /** The first cause (the failure itself included) of the given type, if any. */
    public static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        return causes(failure).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The failure without any message: its class and its causes' classes, then the first place in the portal's code
     * it passed through, e.g. {@code IllegalStateException <- SQLException at cn.whuh.portal.lead.LeadService.submit:93}.
     */
    public static String describe(Throwable failure) {
        List<Throwable> chain = causes(failure);
        StringBuilder text = new StringBuilder();
        for (Throwable cause : chain) {
            text.append(text.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
        }
        for (Throwable cause : chain.reversed()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith(PORTAL_CODE)) {
                    return text.append(" at ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                            .append(':').append(frame.getLineNumber()).toString();
                }
            }
        }
        return text.toString();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
