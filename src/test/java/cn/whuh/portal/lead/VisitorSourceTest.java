package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitorSourceTest {

    @Test
    void theReferrerKeepsNoQueryAndLabelsTheFunnelByHost() {
        VisitorSource source = new VisitorSource(null, null, null, null, null,
                "https://www.baidu.com/s?wd=lupus+CAR-T&name=Li#top");
        assertThat(source.referrer()).isEqualTo("https://www.baidu.com/s");
        assertThat(source.label()).isEqualTo("www.baidu.com");
    }

    @Test
    void utmSourceWinsAndValuesAreBounded() {
        VisitorSource source = new VisitorSource(" wechat ", "x".repeat(300), null, "", null, "https://a.example/");
        assertThat(source.label()).isEqualTo("wechat");
        assertThat(source.utmMedium()).hasSize(100);
        assertThat(source.utmTerm()).isNull();
    }

    @Test
    void withoutUtmOrUsableReferrerTheSourceIsDirect() {
        assertThat(VisitorSource.NONE.label()).isEqualTo("direct");
        assertThat(new VisitorSource(null, null, null, null, null, "not a url").label()).isEqualTo("direct");
    }

    @Test
    void apiLeadsKeepTheClientsUtmParametersElseSayApi() {
        Map<String, String> sent = Map.of("utm_source", " wechat-miniprogram ", "utm_campaign", "c".repeat(150));
        VisitorSource labelled = VisitorSource.ofApi(sent::get);
        assertThat(labelled.label()).isEqualTo("wechat-miniprogram");
        assertThat(labelled.utmMedium()).isEqualTo("api");
        assertThat(labelled.utmCampaign()).hasSize(100);
        assertThat(labelled.referrer()).isNull();

        VisitorSource plain = VisitorSource.ofApi(name -> name.equals("utm_source") ? "  " : null);
        assertThat(plain.utmSource()).isEqualTo("api");
        assertThat(plain.utmMedium()).isEqualTo("api");
        assertThat(plain.utmCampaign()).isNull();
    }
}
