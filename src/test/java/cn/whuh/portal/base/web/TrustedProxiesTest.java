package cn.whuh.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** PORTAL_TRUSTED_PROXIES as the pattern Tomcat matches the peer's address against. */
class TrustedProxiesTest {

    private static boolean trusts(String list, String peer) {
        String regex = TrustedProxies.regex(list);
        return regex != null && Pattern.compile(regex).matcher(peer).matches();
    }

    @Test
    void nobodyByDefault() {
        assertThat(TrustedProxies.regex("")).isNull();
        assertThat(TrustedProxies.regex(" , ")).isNull();
        assertThat(TrustedProxies.regex(null)).isNull();
    }

    @Test
    void addressesAndRanges() {
        assertThat(trusts("127.0.0.1", "127.0.0.1")).isTrue();
        assertThat(trusts("127.0.0.1", "127.0.0.10")).isFalse();
        assertThat(trusts("10.0.0.0/8", "10.200.3.4")).isTrue();
        assertThat(trusts("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(trusts("192.168.4.0/22", "192.168.7.255")).isTrue();
        assertThat(trusts("192.168.4.0/22", "192.168.8.1")).isFalse();
        assertThat(trusts("192.168.4.0/22", "192.168.3.1")).isFalse();
        assertThat(trusts("172.16.5.9/32", "172.16.5.9")).isTrue();
        assertThat(trusts("172.16.5.9/32", "172.16.5.90")).isFalse();
        assertThat(trusts("0.0.0.0/0", "8.8.8.8")).isTrue();
        assertThat(trusts("::1", "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(trusts("10.1.1.1, ::1", "10.1.1.1")).isTrue();
        assertThat(trusts("10.1.1.1, ::1", "10.1.1.2")).isFalse();
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        assertThatThrownBy(() -> TrustedProxies.regex("proxy.example")).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxies.regex("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.regex(".*")).hasMessageContaining(".*");
    }
}
