package dev.threefold.core.scaffold;

import dev.threefold.core.ThreefoldVersion;
import dev.threefold.core.model.Slugs;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starting points a writer asks for: a unit skeleton with every section
 * explained, and a new curriculum repository. Both build as they are.
 */
public final class Scaffold {

    /**
     * JVM settings for site builds: the parallel collector, a fixed young generation, a heap that
     * starts at 1 GB (reserved, not used) and promotes survivors early, the C1 compiler only (long
     * loops compiled early), and the heap in 2 MB pages where Linux offers them (other systems
     * ignore the option). generator/cli/bin/threefold says why each.
     */
    public static final String JVM_SETTINGS = "-XX:+IgnoreUnrecognizedVMOptions -XX:+UseParallelGC -Xmn128m -Xms1g -XX:MaxTenuringThreshold=1 -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=1000 -XX:+UseTransparentHugePages";

    private Scaffold() {
    }

    /** Writes content/units/grade-<g>/<slug>.yaml; refuses to overwrite. Returns the file. */
    public static Path newUnit(Path content, String title, String subject, String grade) throws IOException {
        Path file = content.resolve("units").resolve("grade-" + Slugs.slug(grade)).resolve(Slugs.slug(title) + ".yaml");
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "a unit file already exists there");
        }
        Files.writeString(file, unitSkeleton(title, subject, grade));
        return file;
    }

    /** A well-formed unit with every section explained in comments, ready to fill in. */
    public static String unitSkeleton(String title, String subject, String grade) {
        return """
                # A Threefold unit plan. Every unit balances three dimensions:
                #   collective      the whole class: shared norms, launches, discussion
                #   small_group     groups and partners, with a size, a strategy and roles
                #   inner_dialogue  each learner's own voice: reflection, goals, feedback
                # Shared tasks offer several entry points instead of separate plans.
                # Text marked (markdown) may use **bold**, *italics*, lists, tables and links;
                # link files in content/assets relative to this file, e.g. ../../assets/picture.png.
                # The id of this unit is the file name; add `id:` to choose another.

                title: %s
                subject: %s            # one of curriculum.yaml's subjects, when it lists them
                grade: %s                 # or a list: [3, 4]
                term: Fall                # optional; one of curriculum.yaml's terms, when it lists them
                sequence: 1               # optional; order within grade, subject and term
                # audience: educators     # for professional learning; the default is students

                summary: |                # (markdown) what the unit is about, for teachers browsing
                  Write two or three sentences: what learners do, and why it matters.

                big_ideas:                # (markdown) enduring understandings
                  - The idea learners should still hold a year from now.
                essential_questions:
                  - "A question worth arguing about?"
                # standards: [ccss-math:3.NF.A.1]      # framework:code from content/standards/*.yaml
                # prerequisites: [another-unit-id]     # units taught before this one
                # tags: [fractions, measurement]
                # norms: [listen-to-understand]        # ids from curriculum.yaml's norms
                # initiatives: [number-sense]          # ids from curriculum.yaml's initiatives

                provocation:              # the class-wide launch (always collective)
                  title: The launch
                  minutes: 15
                  description: A surprising object, picture or problem for the whole class.
                  entry_points:           # at least two ways in
                    - {label: Notice, level: support, description: Say one thing you notice.}
                    - {label: Wonder, level: extension, description: Ask a question the class could test.}

                lessons:                  # at least one; activities in teaching order
                  - title: First lesson
                    objectives: [What learners will be able to do]
                    activities:
                      - title: Whole-class start
                        dimension: collective
                        minutes: 10
                        description: How the class begins together.
                      - title: Group task
                        dimension: small_group
                        minutes: 20
                        description: The shared task groups work on.
                        grouping:
                          size: "3-4"               # a number, or a range in quotes
                          strategy: heterogeneous   # heterogeneous | readiness | interest | partners | student_choice
                          roles:
                            - {name: Facilitator, description: Keeps everyone talking.}
                            - Recorder
                        entry_points:
                          - {label: Concrete, level: support, description: With objects.}
                          - {label: Pictures, level: core, description: With drawings.}
                          - {label: Symbols, level: extension, description: With numbers and words.}
                        materials: [paper, markers]
                      - title: Journal
                        dimension: inner_dialogue
                        minutes: 10
                        description: Each learner writes on their own.
                    reflection_prompts:     # plain text, or {prompt, kind}
                      - "What did you try that did not work?"
                      - {prompt: "What will you try next time?", kind: exit_ticket}   # exit_ticket | journal | conference | self_assessment | peer_feedback

                assessment:
                  evidence: What learners make or say that shows their understanding.   # (markdown)
                  success_criteria: ["I can ..."]

                teacher_notes: |          # (markdown) for the teacher only: never on the student view
                  Preparation, timing, common misconceptions.

                teacher_reflection:       # the teacher's own inner dialogue
                  - "Whose voice did I hear least today?"
                """.formatted(yamlText(title), yamlText(subject), yamlText(grade));
    }

    /**
     * Starts a curriculum repository: pom.xml using the plugin, content/ with a sample unit, .gitignore, and CI
     * recipes for GitHub Actions and GitLab CI (review of pull requests, publishing to Pages).
     */
    public static void newSite(Path dir, String title) throws IOException {
        if (Files.exists(dir.resolve("pom.xml")) || Files.exists(dir.resolve("content"))) {
            throw new FileAlreadyExistsException(dir.toString(), null, "it already holds a pom.xml or content/");
        }
        Files.createDirectories(dir.resolve("content/standards"));
        Files.createDirectories(dir.resolve("content/assets"));
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.curriculum</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.threefold</groupId>
                        <artifactId>threefold-maven-plugin</artifactId>
                        <version>%s</version>
                        <!-- mvn package builds target/curriculum; mvn threefold:serve previews it -->
                        <configuration>
                          <content>${project.basedir}/content</content>
                        </configuration>
                        <executions>
                          <execution>
                            <phase>package</phase>
                            <goals><goal>build</goal></goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(Slugs.slug(title), ThreefoldVersion.get())); // the plugin of this version
        Files.writeString(dir.resolve(".gitignore"), "target/\n");
        // Maven's JVM settings for builds of this site: the ones bench/run.sh found fastest (see generator/cli/bin/threefold).
        Files.createDirectories(dir.resolve(".mvn"));
        Files.writeString(dir.resolve(".mvn/jvm.config"), JVM_SETTINGS + "\n");
        Files.writeString(dir.resolve("content/curriculum.yaml"), """
                title: %s
                description: Unit plans written by the teachers who teach them.
                vision: |
                  Every learner belongs to the class. We learn together, in small groups, and in our own inner dialogue.
                norms:
                  - id: listen-to-understand
                    text: We listen to understand, not just to answer.
                terms: [Fall, Winter, Spring]
                """.formatted(yamlText(title)));
        newUnit(dir.resolve("content"), "My First Unit", "Mathematics", "3");
        Files.createDirectories(dir.resolve(".github/workflows"));
        for (String[] ci : CI_FILES) {
            Files.write(dir.resolve(ci[1]), ciFile(ci[0]));
        }
    }

    /** The CI recipes a new site gets: resource name → path in the site (see the README's CI section). */
    public static final String[][] CI_FILES = {
        {"pull-request.yml", ".github/workflows/curriculum-review.yml"},
        {"publish.yml", ".github/workflows/publish.yml"},
        {"gitlab-ci.yml", ".gitlab-ci.yml"},
    };

    private static byte[] ciFile(String name) throws IOException {
        try (var in = Scaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the CI recipe " + name + " is missing from Threefold's jar");
            }
            return in.readAllBytes();
        }
    }

    private static String yamlText(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
