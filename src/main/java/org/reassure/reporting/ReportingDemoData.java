package org.reassure.reporting;

import java.util.List;
import java.util.Map;

import org.reassure.platform.DemoData;
import org.springframework.stereotype.Component;

/**
 * The postcode districts of the three demo boroughs, and a few online reports waiting in triage: one
 * from a victim, one anonymous, and one made for someone else. Every person and place is invented.
 */
@Component
class ReportingDemoData implements DemoData {

    static final Map<String, List<String>> DISTRICTS = Map.of(
            "HNS", List.of("TW3", "TW4", "TW5", "TW7", "TW13", "TW14"),
            "EAL", List.of("W5", "W7", "W13", "UB1", "UB2", "UB5", "UB6"),
            "NWM", List.of("E6", "E7", "E12", "E13", "E15", "E16"));

    private final Routing routing;
    private final Reports reports;

    ReportingDemoData(Routing routing, Reports reports) {
        this.routing = routing;
        this.reports = reports;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        DISTRICTS.forEach((unit, districts) -> districts.forEach(district -> routing.map(district, unit)));
        reports.submit(new NewReport("VICTIM", false,
                "A man in a van shouted racist abuse at me while I was waiting to cross the road on Bath Road, then threw a drink at me.",
                List.of("RACE"), "He shouted about my colour and told me to go home.", null,
                new NewReport.Location("Near the crossing by the petrol station", "TW3 1AB"), null,
                new NewReport.Person("Amara Okoye", "she/her", "amara.okoye@example.com", "07700 900 123", "PHONE", "en", false, null,
                        "Weekdays after 6pm", true, null),
                null, new NewReport.Consent(true, true), null, null, null, "A white man in his forties driving a white van.", null,
                "My coat was stained."), Reports.Channel.ONLINE);
        reports.submit(new NewReport("WITNESS", true,
                "I saw two people pull off a woman's headscarf outside the library and laugh at her. She was very upset.",
                List.of("RELIGION"), "They said Muslims were not welcome here.", null,
                new NewReport.Location("Outside the library on the Broadway", "W5 2XY"), null, null, null,
                new NewReport.Consent(false, false), null, List.of("ANTI_MUSLIM"), null, "Two teenagers in school uniform.", null, null),
                Reports.Channel.ONLINE);
        reports.submit(new NewReport("ON_BEHALF", false,
                "My brother, who has a learning disability, keeps being asked for money by people who call themselves his friends. "
                        + "They laugh at him and post videos of him online.",
                List.of("DISABILITY"), "They pick on him because of his disability.", null, null,
                new NewReport.Online("A video sharing app", "https://example.com/videos/123"),
                new NewReport.Person("Rhys Evans", null, "rhys.evans@example.com", null, "EMAIL", "cy", false, null, null, false, null),
                new NewReport.Person("Owen Evans", "he/him", null, null, "NONE", null, false, "Easy Read letters, please", null, null,
                        "Rhys Evans, his brother"),
                new NewReport.Consent(true, true), "RELATIVE", null, "About three weeks ago, and still going on",
                "Three young men from his estate.", null, "He has lost about £200."), Reports.Channel.ONLINE);
    }
}
