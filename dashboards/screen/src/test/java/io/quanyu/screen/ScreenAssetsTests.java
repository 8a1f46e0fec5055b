package io.quanyu.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenAssetsTests
{
    @Test
    void everyScriptThePageLoadsIsServed()
            throws Exception
    {
        String page = new ClassPathResource("static/index.html").getContentAsString(StandardCharsets.UTF_8);
        Matcher scripts = Pattern.compile("<script src=\"/?([^\"]+)\"").matcher(page);
        List<String> sources = new ArrayList<>();
        while (scripts.find()) {
            sources.add(scripts.group(1));
        }

        assertThat(sources).contains("_static/echarts/6.0.0/dist/echarts.min.js", "screen.js");
        for (String source : sources) {
            boolean served = new ClassPathResource("static/" + source).exists()
                    || new ClassPathResource("META-INF/resources/" + source).exists();
            assertThat(served).as(source).isTrue();
        }
    }

    @Test
    void ningbosMapNamesItsTenDistrictsAsTheDivisionRegisterDoes()
            throws Exception
    {
        // the screen joins figures to map areas by name, so the names must be the register's names
        JsonNode map = new ObjectMapper().readTree(new ClassPathResource("static/geo/3302.json").getInputStream());
        List<String> names = new ArrayList<>();
        map.get("features").forEach(feature -> names.add(feature.get("properties").get("name").asText()));

        assertThat(names).containsExactlyInAnyOrder("海曙区", "江北区", "北仑区", "镇海区", "鄞州区", "奉化区", "象山县", "宁海县", "余姚市", "慈溪市");
    }

    @Test
    void queriesUseNamedParametersOnly()
            throws Exception
    {
        for (String name : List.of("latest_stat_date", "city_name", "organizations_by_district", "organizations_by_level")) {
            String sql = SqlFiles.read(name);
            assertThat(sql).as(name).doesNotContain("?").isEqualTo(sql.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
