package dev.threefold.core.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.threefold.core.Fixtures;
import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.load.SourceFile;
import dev.threefold.core.load.YamlReader;
import dev.threefold.core.model.Audience;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Level;
import dev.threefold.core.model.Need;
import dev.threefold.core.model.PromptKind;
import dev.threefold.core.model.Strategy;
import dev.threefold.core.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * schema/*.schema.json (for editors) and the loader accept the same files:
 * the same keys in every mapping, the same enum values, and the same verdict
 * on a set of valid and invalid units.
 */
class SchemaTest {

    private static final Path SCHEMAS = Path.of("../../schema");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonNode schemaJson(String name) throws IOException {
        return JSON.readTree(SCHEMAS.resolve(name).toFile());
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(name))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static Set<String> keys(JsonNode schema, String pointer) {
        Set<String> out = new TreeSet<>();
        JsonNode n = schema.at(pointer);
        assertTrue(n.isObject(), pointer);
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> enumOf(JsonNode schema, String pointer) {
        Set<String> out = new TreeSet<>();
        schema.at(pointer).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static <E extends Enum<E>> Set<String> ids(Class<E> type) {
        return new TreeSet<>(Fields.ids(type));
    }

    @Test
    void everyMappingAllowsTheSameKeysAsTheLoader() throws IOException {
        JsonNode unit = schemaJson("unit.schema.json");
        assertEquals(new TreeSet<>(Keys.UNIT), keys(unit, "/properties"));
        assertEquals(new TreeSet<>(Keys.ASSESSMENT), keys(unit, "/properties/assessment/properties"));
        assertEquals(new TreeSet<>(Keys.LESSON), keys(unit, "/definitions/lesson/properties"));
        assertEquals(new TreeSet<>(Keys.ACTIVITY), keys(unit, "/definitions/activity/properties"));
        assertEquals(new TreeSet<>(Keys.ACTIVITY), keys(unit, "/definitions/provocation/properties"));
        assertEquals(new TreeSet<>(Keys.ENTRY_POINT), keys(unit, "/definitions/entryPoint/properties"));
        assertEquals(new TreeSet<>(Keys.GROUPING), keys(unit, "/definitions/grouping/properties"));
        assertEquals(new TreeSet<>(Keys.ROLE), keys(unit, "/definitions/grouping/properties/roles/items/oneOf/1/properties"));
        assertEquals(new TreeSet<>(Keys.PROMPT), keys(unit, "/definitions/prompt/oneOf/1/properties"));
        assertEquals(new TreeSet<>(Keys.SUPPORT), keys(unit, "/definitions/support/properties"));
        JsonNode curriculum = schemaJson("curriculum.schema.json");
        assertEquals(new TreeSet<>(Keys.CURRICULUM), keys(curriculum, "/properties"));
        assertEquals(new TreeSet<>(Keys.NORM), keys(curriculum, "/properties/norms/items/properties"));
        assertEquals(new TreeSet<>(Keys.INITIATIVE), keys(curriculum, "/properties/initiatives/items/properties"));
        assertEquals(new TreeSet<>(Keys.SHARE), keys(curriculum, "/definitions/share/properties"));
        assertEquals(ids(Dimension.class), keys(curriculum, "/properties/balance/properties"));
        assertEquals(new TreeSet<>(Keys.REPOSITORY), keys(curriculum, "/properties/repository/properties"));
        assertEquals(new TreeSet<>(Keys.EQUITY), keys(curriculum, "/properties/equity/properties"));
        JsonNode standards = schemaJson("standards.schema.json");
        assertEquals(new TreeSet<>(Keys.FRAMEWORK), keys(standards, "/properties"));
        assertEquals(new TreeSet<>(Keys.STANDARD), keys(standards, "/properties/standards/items/properties"));
    }

    @Test
    void enumsListTheSameValuesAsTheLoader() throws IOException {
        JsonNode unit = schemaJson("unit.schema.json");
        assertEquals(ids(Dimension.class), enumOf(unit, "/definitions/dimension/enum"));
        assertEquals(ids(Level.class), enumOf(unit, "/definitions/entryPoint/properties/level/enum"));
        assertEquals(ids(Strategy.class), enumOf(unit, "/definitions/grouping/properties/strategy/enum"));
        assertEquals(ids(PromptKind.class), enumOf(unit, "/definitions/prompt/oneOf/1/properties/kind/enum"));
        assertEquals(ids(Audience.class), enumOf(unit, "/properties/audience/enum"));
        assertEquals(ids(Need.class), enumOf(unit, "/definitions/need/enum"));
    }

    private static final String BASE = "title: T\nsubject: S\ngrade: 3\nsummary: s\n";
    private static final String ACT = "lessons:\n  - title: L\n    activities:\n      - ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            minimal unit                         | true  | BASE + ACT + '{title: a, dimension: collective, minutes: 10}'
            grade as a list                      | true  | 'title: T\\nsubject: S\\ngrade: [3, "4"]\\nsummary: s\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            group with range and plain roles     | true  | BASE + ACT + '{title: a, dimension: small_group, minutes: 10, grouping: {size: "3-4", roles: [a, {name: b}]}}'
            prompts plain and with kind          | true  | BASE + ACT + '{title: a, dimension: inner_dialogue, minutes: 5, reflection_prompts: [x, {prompt: y, kind: journal}]}'
            student text for the class           | true  | BASE + ACT + '{title: a, dimension: collective, minutes: 10, description: For you, student_text: For them}'
            student text as a list               | false | BASE + ACT + '{title: a, dimension: collective, minutes: 10, student_text: [a, b]}'
            unknown key                          | false | BASE + 'colour: red\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            minutes as words                     | false | BASE + ACT + '{title: a, dimension: collective, minutes: twenty}'
            minutes zero                         | false | BASE + ACT + '{title: a, dimension: collective, minutes: 0}'
            minutes too many                     | false | BASE + ACT + '{title: a, dimension: collective, minutes: 601}'
            misspelt dimension                   | false | BASE + ACT + '{title: a, dimension: small_groups, minutes: 10}'
            group without grouping               | false | BASE + ACT + '{title: a, dimension: small_group, minutes: 10}'
            grouping on a collective activity    | false | BASE + ACT + '{title: a, dimension: collective, minutes: 10, grouping: {size: 2}}'
            group size in words                  | false | BASE + ACT + '{title: a, dimension: small_group, minutes: 10, grouping: {size: four}}'
            unknown prompt kind                  | false | BASE + ACT + '{title: a, dimension: collective, minutes: 10, reflection_prompts: [{prompt: x, kind: diary}]}'
            unknown entry point level            | false | BASE + ACT + '{title: a, dimension: collective, minutes: 10, entry_points: [{label: a, level: easy, description: d}]}'
            no lessons                           | false | BASE + 'lessons: []\\n'
            no summary                           | false | 'title: T\\nsubject: S\\ngrade: 3\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            bad unit id                          | false | 'id: Bad_Id\\n' + BASE + ACT + '{title: a, dimension: collective, minutes: 10}'
            provocation in small groups          | false | BASE + 'provocation: {title: p, dimension: small_group, minutes: 5}\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            standard without framework           | false | BASE + 'standards: [3.NF.A.1]\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            second-edition activity fields       | true  | BASE + ACT + '{title: a, dimension: collective, minutes: 10, assesses: [fx:A.1], needs: [devices, home_access], supports: [{for: English learners, description: A word bank.}]}'
            assessment standards                 | true  | BASE + 'assessment: {evidence: e, standards: [fx:A.1]}\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            assessed standard without framework  | false | BASE + 'assessment: {standards: [A.1]}\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            unknown need                         | false | BASE + ACT + '{title: a, dimension: collective, minutes: 10, needs: [tablets]}'
            support without whom it is for       | false | BASE + ACT + '{title: a, dimension: collective, minutes: 10, supports: [{description: d}]}'
            serves on an educator unit           | true  | BASE + 'audience: educators\\nserves: [fractions]\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            serves on a student unit             | false | BASE + 'serves: [fractions]\\n' + ACT + '{title: a, dimension: collective, minutes: 10}'
            """)
    void schemaAndLoaderGiveTheSameVerdict(String name, boolean valid, String expression) throws IOException {
        String yaml = evaluate(expression);
        Diagnostics d = new Diagnostics();
        var root = new YamlReader().read(new SourceFile("units/x.yaml", "units/x.yaml", yaml), d).orElseThrow();
        new UnitBinder(new MarkdownRenderer()).bind(root, "units/x.yaml", null, Set.of(), d);
        var schemaErrors = schema("unit.schema.json").validate(YAML.readTree(yaml));
        assertEquals(valid, !d.hasErrors(), name + " (loader): " + d.sorted());
        assertEquals(valid, schemaErrors.isEmpty(), name + " (schema): " + schemaErrors);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            repository on GitHub          | true  | {url: https://github.com/maple/curriculum}
            repository with branch, path  | true  | {url: https://gitlab.com/maple/site/, branch: trunk, path: site/content}
            repository at the root        | true  | {url: https://github.com/maple/curriculum, path: .}
            repository without url        | false | {branch: main}
            repository not on the web     | false | {url: git@github.com:maple/curriculum.git}
            repository path leaving it    | false | {url: https://github.com/maple/curriculum, path: ../content}
            repository unknown key        | false | {url: https://github.com/maple/curriculum, colour: red}
            """)
    void curriculumSchemaAndLoaderGiveTheSameVerdict(String name, boolean valid, String repository) throws IOException {
        String yaml = "title: T\nrepository: " + repository + "\n";
        Diagnostics d = new Diagnostics();
        var root = new YamlReader().read(new SourceFile("curriculum.yaml", "curriculum.yaml", yaml), d).orElseThrow();
        new dev.threefold.core.bind.CurriculumBinder(new MarkdownRenderer()).bind(root, "curriculum.yaml", Set.of(), d);
        var schemaErrors = schema("curriculum.schema.json").validate(YAML.readTree(yaml));
        assertEquals(valid, !d.hasErrors(), name + " (loader): " + d.sorted());
        assertEquals(valid, schemaErrors.isEmpty(), name + " (schema): " + schemaErrors);
    }

    @Test
    void everyValidFixtureAndTheSampleContentMatchTheSchema() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> roots = new ArrayList<>(List.of(Fixtures.site("basic"), Fixtures.site("reports"), Fixtures.site("hostile")));
        if (Files.isDirectory(Path.of("../../content"))) {
            roots.add(Path.of("../../content"));
        }
        for (Path root : roots) {
            problems.addAll(check(schema("curriculum.schema.json"), List.of(root.resolve("curriculum.yaml"))));
            problems.addAll(check(schema("standards.schema.json"), yamlUnder(root.resolve("standards"))));
            problems.addAll(check(schema("unit.schema.json"), yamlUnder(root.resolve("units"))));
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> check(Schema schema, List<Path> files) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            schema.validate(YAML.readTree(f.toFile())).forEach(e -> out.add(f + ": " + e));
        }
        return out;
    }

    private static List<Path> yamlUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Joins the test table's little expressions: BASE, ACT and quoted pieces with \n escapes. */
    private static String evaluate(String expression) {
        StringBuilder sb = new StringBuilder();
        for (String part : expression.split("\\s*\\+\\s*(?=(?:[^']*'[^']*')*[^']*$)")) {
            part = part.trim();
            if (part.equals("BASE")) {
                sb.append(BASE);
            } else if (part.equals("ACT")) {
                sb.append(ACT);
            } else {
                sb.append(part, 1, part.length() - 1);
            }
        }
        return sb.toString().replace("\\n", "\n");
    }
}
