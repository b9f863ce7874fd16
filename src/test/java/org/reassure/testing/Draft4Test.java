package org.reassure.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator still checks types once the 3.1 description is converted for it: nothing is let through unseen. */
class Draft4Test {

    private static final String DESCRIPTION = """
            {"openapi":"3.1.0","info":{"title":"t","version":"1"},
             "paths":{"/x":{"get":{"responses":{"200":{"description":"ok",
               "content":{"application/json":{"schema":{"$ref":"#/components/schemas/X"}}}}}}}},
             "components":{"schemas":{
               "Named":{"type":"object","properties":{"name":{"type":"string"}}},
               "X":{"type":"object","required":["plain"],"properties":{
                 "plain":{"type":"string"},
                 "maybe":{"type":["string","null"]},
                 "nested":{"anyOf":[{"$ref":"#/components/schemas/Named"},{"type":"null"}]},
                 "code":{"type":["string","null"],"enum":["A","B",null]}}}}}}""";

    private final OpenApiInteractionValidator validator = new OpenApiInteractionValidator.Builder()
            .withApi(Draft4.of(
                    new OpenAPIParser().readContents(DESCRIPTION, null, null).getOpenAPI()))
            .build();

    @Test
    void nulls_pass_only_where_allowed_and_types_are_still_checked() {
        assertThat(errors("{\"plain\":\"x\",\"maybe\":null,\"nested\":null,\"code\":null}"))
                .isFalse();
        assertThat(errors("{\"plain\":\"x\",\"maybe\":\"y\",\"nested\":{\"name\":\"n\"},\"code\":\"A\"}"))
                .isFalse();
        assertThat(errors("{\"plain\":null}"))
                .as("null where it is not allowed")
                .isTrue();
        assertThat(errors("{\"plain\":\"x\",\"maybe\":5}"))
                .as("a number for a string")
                .isTrue();
        assertThat(errors("{\"plain\":\"x\",\"nested\":{\"name\":5}}"))
                .as("inside a nested record")
                .isTrue();
        assertThat(errors("{\"plain\":\"x\",\"code\":\"C\"}"))
                .as("a code not in the list")
                .isTrue();
        assertThat(errors("{\"plain\":\"x\",\"extra\":1}"))
                .as("a field not described")
                .isTrue();
        assertThat(errors("{}")).as("a required field missing").isTrue();
    }

    private boolean errors(String body) {
        ValidationReport report = validator.validate(
                SimpleRequest.Builder.get("/x").build(),
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(body)
                        .build());
        return report.hasErrors();
    }
}
