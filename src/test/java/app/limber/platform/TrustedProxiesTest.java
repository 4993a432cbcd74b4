package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.10/32 ::1/128,fd00::/8");

    @Test
    void noneAreTrustedByDefault() {
        TrustedProxies none = TrustedProxies.parse("");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.clientOf("127.0.0.1", List.of("6.6.6.6"))).isEqualTo("127.0.0.1");
    }

    @Test
    void rangesMatchByPrefix() {
        assertThat(proxies.contains("10.255.0.1")).isTrue();
        assertThat(proxies.contains("11.0.0.1")).isFalse();
        assertThat(proxies.contains("192.168.1.10")).isTrue();
        assertThat(proxies.contains("192.168.1.11")).isFalse();
        assertThat(proxies.contains("::1")).isTrue();
        assertThat(proxies.contains("fd12:3456::1")).isTrue();
        assertThat(proxies.contains("2001:db8::1")).isFalse();
        assertThat(proxies.contains("localhost")).as("names are never looked up").isFalse();
        assertThat(proxies.contains("10.0.0.300")).isFalse();
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(proxies.clientOf("203.0.113.9", List.of("10.9.8.7"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        assertThat(proxies.clientOf("10.0.0.2", List.of("6.6.6.6", "198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(proxies.clientOf("10.0.0.2", List.of("6.6.6.6", "198.51.100.7", "10.0.0.5")))
                .as("a chain of two trusted proxies").isEqualTo("198.51.100.7");
        assertThat(proxies.clientOf("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
        assertThat(proxies.clientOf("10.0.0.2", List.of("198.51.100.7", "not-an-address")))
                .as("garbage stops the walk at the last vouched hop").isEqualTo("10.0.0.2");
        assertThat(proxies.clientOf("::1", List.of("[2001:db8::7]"))).isEqualTo("2001:db8::7");
    }

    @Test
    void aMalformedEntryIsRefusedWithItsName() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("proxy.example");
    }
}
