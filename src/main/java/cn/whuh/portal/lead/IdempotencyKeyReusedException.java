package cn.whuh.portal.lead;

/**
 * An {@code Idempotency-Key} already used for a different submission (answered 422, as the IETF
 * Idempotency-Key header draft says). Nothing was stored; the message names no data.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("Idempotency-Key already used for a different submission");
    }
}
