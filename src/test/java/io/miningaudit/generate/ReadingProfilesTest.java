package io.miningaudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.cli.MiningAudit;
import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.TariffCategory;
import io.miningaudit.intake.CaseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's daily readings: one a day for every account, realistic loads, hidden miners and their truth. */
class ReadingProfilesTest {
    private static final CaseGenerator.Size SIZE = new CaseGenerator.Size(1_000, 10, 10, 3, LocalDate.of(2022, 6, 30));

    @TempDir
    Path dir;

    @Test
    void everyEntityHasAnAccountAndEveryAccountAReadingADayTheSameForTheSameSeed() {
        CaseGenerator.WithReadings one = CaseGenerator.generate(SIZE, 120);
        CaseFile facts = one.facts();

        assertThat(facts.getAccounts()).hasSizeGreaterThanOrEqualTo(facts.getEntities().size());
        assertThat(facts.getDailyReadings()).hasSize(facts.getAccounts().size() * 120);
        DailyReading first = facts.getDailyReadings().get(0);
        assertThat(first.getDate()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(facts.getDailyReadings().get(119).getDate()).isEqualTo(SIZE.asOf());
        assertThat(facts.getDailyReadings().get(120).getAccountId()).isNotEqualTo(first.getAccountId());
        assertThat(CaseGenerator.generate(SIZE, 120).facts().getDailyReadings().subList(0, 5000))
                .isEqualTo(facts.getDailyReadings().subList(0, 5000));
        assertThat(CaseGenerator.generate(new CaseGenerator.Size(1_000, 10, 10, 4, SIZE.asOf()), 120).facts()
                .getDailyReadings().get(0)).isNotEqualTo(first);
        // Without readings the case is what it always was.
        assertThat(CaseGenerator.generate(SIZE, 0).facts()).isEqualTo(CaseGenerator.generate(SIZE));
        assertThat(CaseGenerator.generate(SIZE).getDailyReadings()).isEmpty();
    }

    @Test
    void someAccountsMineUnknownMostlyOnCheapTariffsAndTheirLoadRisesByRigsFromTheirStart() {
        CaseGenerator.WithReadings generated = CaseGenerator.generate(SIZE, 365);
        List<ReadingProfiles.Profile> profiles = generated.readings().profiles();
        List<ReadingProfiles.Profile> hidden = profiles.stream().filter(p -> p.mines() && !p.known()).toList();

        assertThat(hidden).hasSizeBetween(10, 60);
        assertThat(hidden.stream().filter(p -> p.account().isOnCheaperTariff()).count() * 2)
                .isGreaterThan(hidden.size());
        assertThat(profiles).anyMatch(ReadingProfiles.Profile::known).anyMatch(p -> p.offFrom() != null);
        assertThat(profiles).extracting(ReadingProfiles.Profile::kind).contains(ReadingProfiles.Kind.values());

        // A miner that started inside the readings uses about 36 kWh a day a rig more from its start on.
        ReadingProfiles.Profile miner = hidden.stream().filter(p -> p.offFrom() == null
                && p.miningFrom().isAfter(SIZE.asOf().minusDays(300)) && p.miningFrom().isBefore(SIZE.asOf()
                .minusDays(60))).findFirst().orElseThrow();
        int a = profiles.indexOf(miner);
        int start = (int) (miner.miningFrom().toEpochDay() - SIZE.asOf().minusDays(364).toEpochDay());
        double before = mean(generated.readings(), a, start - 28, start);
        double after = mean(generated.readings(), a, start, start + 28);
        assertThat(after - before).isBetween(miner.rigs() * 36 * 0.8, miner.rigs() * 36 * 1.2 + before * 0.5);
    }

    private static double mean(ReadingProfiles readings, int account, int from, int to) {
        return IntStream.range(from, to).mapToDouble(d -> readings.kwh(account, d).doubleValue()).average()
                .orElseThrow();
    }

    @Test
    void loadsFollowTheirWeekAndSeasonAndReadToTwoDecimalsNeverNegative() {
        assertThat(ReadingProfiles.shape(ReadingProfiles.Kind.OFFICE, LocalDate.of(2022, 6, 11))).isEqualTo(0.25);
        assertThat(LocalDate.of(2022, 6, 11).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(ReadingProfiles.shape(ReadingProfiles.Kind.FACTORY, LocalDate.of(2022, 2, 1))).isEqualTo(0.15);
        assertThat(ReadingProfiles.shape(ReadingProfiles.Kind.FARM, LocalDate.of(2022, 7, 15)))
                .isGreaterThan(3 * ReadingProfiles.shape(ReadingProfiles.Kind.FARM, LocalDate.of(2022, 1, 15)));
        assertThat(ReadingProfiles.shape(ReadingProfiles.Kind.DATA_CENTRE, LocalDate.of(2022, 7, 15)))
                .isBetween(0.95, 1.05);
        CaseGenerator.WithReadings generated = CaseGenerator.generate(SIZE, 30);
        assertThat(generated.facts().getDailyReadings()).allMatch(r -> r.getKwh().scale() == 2
                && r.getKwh().signum() >= 0);
        Account account = generated.facts().getAccounts().get(0);
        assertThat(account.getCategory()).isIn((Object[]) TariffCategory.values());
    }

    @Test
    void theCommandWritesTheReadingsInEveryFormAndTheTruthBesideTheCase() throws Exception {
        CaseFile expected = CaseGenerator.generate(new CaseGenerator.Size(50, 5, 10, 9, SIZE.asOf()), 60).facts();
        for (String form : new String[] {"json", "yaml", "xlsx", "csv"}) {
            Path out = dir.resolve(form.equals("csv") ? "case" : "case." + form);
            int code = MiningAudit.commandLine(Clock.systemUTC()).execute("generate", "--entities", "50",
                    "--detections-per-day", "5", "--days", "10", "--seed", "9", "--as-of", "2022-06-30",
                    "--readings", "--reading-days", "60", "--out", out.toString());
            assertThat(code).isEqualTo(0);

            assertThat(new CaseReader(Clock.systemUTC()).read(out, null)).as(form).isEqualTo(expected);
            List<String> truth = Files.readAllLines(dir.resolve("case.truth.csv"));
            assertThat(truth.get(0)).isEqualTo("accountId,entityId,category,load,mining,rigs,miningFrom,offFrom,offTo,"
                    + "known");
            assertThat(truth).hasSize(expected.getAccounts().size() + 1);
        }
    }
}
