package cn.whuh.portal.notify;

/**
 * One way out of the outbox: mail ({@link MailChannel}) or SMS ({@link SmsChannel}). The {@link OutboxDispatcher}
 * claims, retries and records messages the same way for each; a channel only says whether it is configured and
 * hands one message over.
 */
interface OutboxChannel {

    Channel channel();

    /** True when messages of this channel are sent; false: they are written KEPT and never claimed. */
    boolean sending();

    /**
     * Hands one claimed message to the server or provider; returns when it was accepted.
     *
     * @throws DeliveryFailure when it was not
     */
    void send(MailMessage message) throws DeliveryFailure;

    /** An attempt that failed; its message is what went wrong, without addresses or phone numbers. */
    final class DeliveryFailure extends Exception {

        private final boolean permanent;
        private final boolean onlyThisMessage;

        /**
         * @param error what went wrong, kept for the ADMIN and logged
         * @param permanent true when no later attempt can succeed: the message is DEAD at once
         * @param onlyThisMessage true when the failure concerns this message only (a bad address, a throttled
         *     number), so the dispatcher goes on with the others; false when the server or provider itself failed
         */
        DeliveryFailure(String error, boolean permanent, boolean onlyThisMessage) {
            super(error.length() > 500 ? error.substring(0, 500) : error, null, false, false);
            this.permanent = permanent;
            this.onlyThisMessage = onlyThisMessage;
        }

        boolean permanent() {
            return permanent;
        }

        boolean onlyThisMessage() {
            return onlyThisMessage;
        }
    }
}
