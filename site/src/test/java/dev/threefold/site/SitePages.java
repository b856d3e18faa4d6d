package dev.threefold.site;

import java.util.List;

/** One page of every kind the sample site has, for the checks every page must pass. */
final class SitePages {

    static final List<String> ALL = List.of(
            "index.html", "units/fair-shares/index.html", "units/looking-at-student-work/index.html",
            "student/fair-shares/index.html", "grades/index.html", "grades/3/index.html", "subjects/science/index.html",
            "tags/index.html", "standards/index.html", "standards/ccss-math/index.html", "sequence/index.html",
            "search/index.html?q=fraction", "reports/index.html", "reports/balance/index.html", "reports/coverage/index.html",
            "reports/differentiation/index.html", "reports/reflection/index.html", "reports/sequence/index.html",
            "reports/alignment/index.html", "reports/access/index.html", "reports/norms/index.html",
            "reports/learning/index.html", "learning/index.html", "norms/share-the-work/index.html",
            "initiatives/student-voice/index.html");

    /** The widths every page is read at: a small phone, a common phone, a tablet, a laptop. */
    static final List<Integer> WIDTHS = List.of(320, 390, 768, 1366);

    private SitePages() {
    }

    /** A file name for a page's screenshot: "units-fair-shares". */
    static String shotName(String page) {
        return page.replace("/index.html", "").replace("index.html", "home").replaceAll("[^a-z0-9]+", "-");
    }
}
