package cn.whuh.portal.study;

/** A phone number as printed for people ("(027) 85726808") and as a tap-to-call link ("tel:+862785726808"). */
public record Phone(String display, String telUri) {
}
