package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

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
}
