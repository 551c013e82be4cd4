package org.returnops.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorableTextTest {

    private final ObjectMapper mapper = new ObjectMapper();

    {
        new StorableText().customize(mapper);
    }

    record Name(String family) {
    }

    @Test
    void namesInAnyScriptWithCombiningMarksAndAstralCharactersAreRead() throws Exception {
        for (String family : new String[] {"Rakhimov", "Рахимов", "Raḥīmov", "\ud835\udd4f", "e\u0301", "\u202eRTL"}) {
            String json = mapper.writeValueAsString(Map.of("family", family));
            assertThat(mapper.readValue(json, Name.class).family()).isEqualTo(family);
        }
    }

    @Test
    void theNulCharacterAndUnpairedSurrogatesAreRefusedNamingTheRule() {
        for (String json : new String[] {"{\"family\":\"A\\u0000B\"}", "{\"family\":\"\\ud800\"}",
                "{\"family\":\"x\\udc00\"}", "{\"family\":\"\\ud800x\"}"}) {
            assertThatThrownBy(() -> mapper.readValue(json, Name.class))
                    .isInstanceOf(StorableText.Unstorable.class)
                    .hasMessageContaining(StorableText.RULE);
        }
    }
}
