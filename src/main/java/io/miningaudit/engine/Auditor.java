package io.miningaudit.engine;

import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.BackPaymentRun;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.LoadProfile;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.facts.SurchargeLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs a case through a rule base and gathers the result in a deterministic order. */
public final class Auditor {
    /** Findings ordered by entity, then rule ID, then finding id. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing(Finding::getEntityId, NaturalOrder.INSTANCE)
            .thenComparing(Finding::getRuleId, NaturalOrder.INSTANCE)
            .thenComparing(Finding::getId, NaturalOrder.INSTANCE);

    private static final Comparator<DataIssue> ISSUE_ORDER = Comparator
            .comparing(DataIssue::getSeverity)
            .thenComparing(DataIssue::getCode)
            .thenComparing(DataIssue::getLocation, NaturalOrder.INSTANCE)
            .thenComparing(DataIssue::getMessage);

    /** Back-payment runs ordered by account, then first day. */
    private static final Comparator<BackPaymentRun> RUN_ORDER = Comparator
            .comparing(BackPaymentRun::getAccountId, NaturalOrder.INSTANCE)
            .thenComparing(BackPaymentRun::getFirstDay);

    /** Surcharge lines ordered by account, then first day, then rule ID. */
    private static final Comparator<SurchargeLine> LINE_ORDER = Comparator
            .comparing(SurchargeLine::getAccountId, NaturalOrder.INSTANCE)
            .thenComparing(SurchargeLine::getFirstDay)
            .thenComparing(SurchargeLine::getRuleId);

    /** Entities per part when a case is audited in parts (see {@link Partitions}). */
    public static final int DEFAULT_PART_SIZE = 500;

    private final RuleBase ruleBase;
    private final int partSize;
    private final int threads;
    /** The rule files whose rules may fire, or null for all. */
    private final Set<String> onlyFrom;

    public Auditor(RuleBase ruleBase) {
        this(ruleBase, DEFAULT_PART_SIZE, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param partSize entities per part; {@link Integer#MAX_VALUE} audits the case in one piece
     * @param threads  parts audited at once
     */
    public Auditor(RuleBase ruleBase, int partSize, int threads) {
        this(ruleBase, partSize, threads, null);
    }

    private Auditor(RuleBase ruleBase, int partSize, int threads, Set<String> onlyFrom) {
        this.ruleBase = ruleBase;
        this.partSize = partSize;
        this.threads = threads;
        this.onlyFrom = onlyFrom;
    }

    /**
     * An auditor that fires only the rules of {@code files} (paths relative to the rules folder, such as
     * {@code ndrc1283/projects.drl}; a folder, such as {@code terms}, stands for its files): a rule test fires its
     * own file and the classifications and tables it needs, so that a broken classification fails its own test.
     *
     * @throws IllegalArgumentException naming the rule files there are, for a name that is none of them
     */
    public Auditor onlyRulesFrom(Set<String> files) {
        Set<String> known = new TreeSet<>();
        ruleBase.rules().forEach(r -> known.add(relative(r.source())));
        Set<String> chosen = new HashSet<>();
        for (String file : files) {
            List<String> matching = known.stream().filter(k -> k.equals(file) || k.startsWith(file + "/")).toList();
            if (matching.isEmpty()) {
                throw new IllegalArgumentException("no rule file " + file + " in " + ruleBase.dir() + "; the rule files"
                        + " are " + String.join(", ", known));
            }
            chosen.addAll(matching);
        }
        return new Auditor(ruleBase, partSize, threads, Set.copyOf(chosen));
    }

    /** A rule's source relative to the rules folder. */
    private String relative(String source) {
        Path path = Path.of(source);
        Path dir = ruleBase.dir();
        if (path.startsWith(dir)) {
            path = dir.relativize(path);
        } else if (path.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            path = dir.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
        }
        return path.toString().replace('\\', '/');
    }

    /** Hears how far an audit has come: parts done of all parts. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void partsDone(int done, int total);
    }

    public AuditResult audit(CaseFile facts) throws RulesException {
        return audit(facts, Progress.NONE);
    }

    public AuditResult audit(CaseFile facts, Progress progress) throws RulesException {
        // The Summary's counts of the facts need no finding: they are made while the parts are planned and audited.
        java.util.concurrent.FutureTask<SummaryCalculator> factCounts = new java.util.concurrent.FutureTask<>(
                new SummaryCalculator(facts)::countFacts);
        Thread counting = new Thread(factCounts, "summary");
        counting.setDaemon(true);
        counting.start();
        List<java.util.function.Supplier<CaseFile>> parts = parts(facts);
        List<PartResult> results = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(threads, parts.size())));
        try {
            List<java.util.concurrent.Future<PartResult>> futures = new ArrayList<>();
            for (var part : parts) {
                futures.add(pool.submit(() -> auditPart(part.get())));
            }
            for (var future : futures) {
                results.add(future.get());
                progress.partsDone(results.size(), futures.size());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RulesException rules) {
                throw rules;
            }
            throw new IllegalStateException("audit of a part failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return combine(facts, results, () -> summary(factCounts));
    }

    /**
     * The parts a case is audited in ({@link Partitions}): each a case of its own, made when asked for, so that only
     * the parts being audited are in memory. Audited by {@link #auditPart} anywhere, here or on another machine, and
     * put together by {@link #combine}, they give what {@link #audit} gives.
     */
    public List<java.util.function.Supplier<CaseFile>> parts(CaseFile facts) {
        return Partitions.split(facts, partSize).stream()
                .<java.util.function.Supplier<CaseFile>>map(plan -> plan::facts).toList();
    }

    /** The result of an audit of {@code parts} of {@code whole} ({@link #parts}), in the order of the parts. */
    public AuditResult combine(CaseFile whole, List<PartResult> parts) {
        return combine(whole, parts, () -> new SummaryCalculator(whole).countFacts());
    }

    /** {@code counted} gives the facts' counts: asked for last, once the findings are merged and ranked. */
    private AuditResult combine(CaseFile facts, List<PartResult> parts,
                                java.util.function.Supplier<SummaryCalculator> counted) {
        List<LoadProfile> profiles = new ArrayList<>();
        Map<String, Long> byParameter = new TreeMap<>();
        for (PartResult part : parts) {
            profiles.addAll(part.profiles());
            part.findingsByParameter().forEach((name, n) -> byParameter.merge(name, n, Long::sum));
        }
        // Each part sorted its own on its thread: merged in part order, ties kept in it, as one stable sort would.
        List<Finding> findings = merge(parts.stream().map(PartResult::findings).toList(), FINDING_ORDER);
        List<DataIssue> issues = merge(parts.stream().map(PartResult::issues).toList(), ISSUE_ORDER);
        List<SurchargeLine> lines = merge(parts.stream().map(PartResult::lines).toList(), LINE_ORDER);
        List<BackPaymentRun> runs = merge(parts.stream().map(PartResult::runs).toList(), RUN_ORDER);
        Map<String, Entity> entities = facts.getEntities().stream()
                .collect(Collectors.toMap(Entity::getId, Function.identity()));
        List<Lead> leads = rank(findings, entities);
        List<LoadLead> loadLeads = rankLoadLeads(findings, profiles, leads);
        // One pass over the findings: a DRL rule counts what it emitted, a schedule row what bears its rule ID.
        Map<String, Long> byName = new HashMap<>();
        Map<String, Long> byId = new HashMap<>();
        for (Finding f : findings) {
            byName.merge(f.getRuleName(), 1L, Long::sum);
            byId.merge(f.getRuleId(), 1L, Long::sum);
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (RuleInfo rule : ruleBase.rules()) {
            byRule.put(rule.name(), rule.scheduleRow() ? byId.getOrDefault(rule.ruleId(), 0L)
                    : byName.getOrDefault(rule.name(), 0L));
        }
        Summary summary = counted.get().compute(findings, issues,
                loadLeads.stream().map(l -> l.finding().getId()).collect(Collectors.toSet()));
        return new AuditResult(facts, List.copyOf(findings), List.copyOf(lines), List.copyOf(runs), leads,
                loadLeads, List.copyOf(issues), summary, ruleBase.rules(), byRule, ruleBase.tableRows(),
                Map.copyOf(byParameter), ruleBase.labels());
    }

    private static SummaryCalculator summary(java.util.concurrent.FutureTask<SummaryCalculator> factCounts) {
        try {
            return factCounts.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the Summary's counts failed", e.getCause());
        }
    }

    /**
     * What one part's session concluded, each list sorted: serializable, so that a part audited on another machine
     * can be sent back to be combined.
     */
    public record PartResult(List<Finding> findings, List<DataIssue> issues, List<SurchargeLine> lines,
                             List<BackPaymentRun> runs, List<LoadProfile> profiles,
                             Map<String, Long> findingsByParameter) implements java.io.Serializable {
    }

    /** Audits one part ({@link #parts}) in a session of its own. */
    public PartResult auditPart(CaseFile part) throws RulesException {
        KieSession session = ruleBase.newSession();
        try {
            // Within the limits of SessionGuard: a rule that loops, inserts without end or recurses is stopped.
            return SessionGuard.run(session, rule -> ruleBase.source(rule) + " › rule " + rule.getName(),
                    ruleBase.locator(), s -> {
                        FindingSources sources = new FindingSources();
                        s.addEventListener((org.kie.api.event.rule.AgendaEventListener) sources);
                        s.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) sources);
                        part.sessionFacts().forEach(s::insert);
                        if (onlyFrom == null) {
                            s.fireAllRules();
                        } else {
                            s.fireAllRules(match -> onlyFrom.contains(relative(ruleBase.source(match.getRule()))));
                        }
                        List<Finding> found = objects(s, Finding.class);
                        return new PartResult(sorted(found, FINDING_ORDER), sorted(objects(s, DataIssue.class),
                                ISSUE_ORDER), sorted(objects(s, SurchargeLine.class), LINE_ORDER),
                                sorted(objects(s, BackPaymentRun.class), RUN_ORDER),
                                new ArrayList<>(objects(s, LoadProfile.class)),
                                new HashMap<>(sources.findingsByParameter(found)));
                    });
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleFailedException("a rule failed while it ran", List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    ruleBase.source(e.getMatch().getRule()) + " › rule " + e.getMatch().getRule().getName(),
                    "failed on this case: " + cause)));
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
    }

    /** Whether no non-empty list starts before the last item of the non-empty list before it. */
    private static <T> boolean inSequence(List<List<T>> sortedLists, Comparator<? super T> order) {
        T last = null;
        for (List<T> list : sortedLists) {
            if (list.isEmpty()) {
                continue;
            }
            if (last != null && order.compare(last, list.get(0)) > 0) {
                return false;
            }
            last = list.get(list.size() - 1);
        }
        return true;
    }

    /**
     * The items of lists each sorted by {@code order}, merged into one sorted list; items that compare equal keep
     * the order of their lists, then their order within a list: the result of one stable sort of them all.
     */
    static <T> List<T> merge(List<List<T>> sortedLists, Comparator<? super T> order) {
        int total = sortedLists.stream().mapToInt(List::size).sum();
        List<T> merged = new ArrayList<>(total);
        if (inSequence(sortedLists, order)) {
            // Each list starts where the one before it ended (parts of entities in the case's order, as a generated
            // or exported case has them): their concatenation is the merge, without a comparison per item.
            sortedLists.forEach(merged::addAll);
            return merged;
        }
        // A cursor per list, ordered by its next item, then by the list's place.
        java.util.PriorityQueue<int[]> heads = new java.util.PriorityQueue<>((a, b) -> {
            int c = order.compare(sortedLists.get(a[0]).get(a[1]), sortedLists.get(b[0]).get(b[1]));
            return c != 0 ? c : Integer.compare(a[0], b[0]);
        });
        for (int l = 0; l < sortedLists.size(); l++) {
            if (!sortedLists.get(l).isEmpty()) {
                heads.add(new int[] {l, 0});
            }
        }
        while (!heads.isEmpty()) {
            int[] head = heads.poll();
            List<T> list = sortedLists.get(head[0]);
            merged.add(list.get(head[1]));
            if (++head[1] < list.size()) {
                heads.add(head);
            }
        }
        return merged;
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        return session.getObjects(new ClassObjectFilter(type)).stream().map(type::cast).toList();
    }

    /**
     * Ranks the inspection leads: public units first, then more distinct IPs, then the later last detection,
     * then the entity id. The lead findings carry distinct IPs as their quantity and the first and last
     * detection as their period.
     */
    static List<Lead> rank(List<Finding> findings, Map<String, Entity> entities) {
        List<Finding> leads = findings.stream().filter(f -> f.getMeasure() == Measure.INSPECTION_LEAD
                        && f.getSubjectType() == SubjectType.ENTITY)
                .sorted(Comparator.comparing((Finding f) -> !entities.get(f.getEntityId()).isPublicUnit())
                        .thenComparing(Finding::getQuantity, Comparator.reverseOrder())
                        .thenComparing(Finding::getPeriodTo, Comparator.reverseOrder())
                        .thenComparing(Finding::getEntityId, NaturalOrder.INSTANCE))
                .toList();
        List<Lead> ranked = new ArrayList<>();
        for (Finding f : leads) {
            ranked.add(new Lead(ranked.size() + 1, f.getEntityId(), entities.get(f.getEntityId()).isPublicUnit(),
                    f.getQuantity().longValueExact(), f.getPeriodFrom(), f.getPeriodTo(), f));
        }
        return List.copyOf(ranked);
    }

    /**
     * Ranks the load-profile leads (inspection leads about an account): accounts whose entity is also an IP lead
     * first, then residential and agricultural accounts (cheap tariffs that miners seek), then the higher mean, then
     * the lower variation, then the account id. Each comes with the profile the rule inserted for its account; a lead
     * about an account without one is another rule's, and not among them.
     */
    static List<LoadLead> rankLoadLeads(List<Finding> findings, List<LoadProfile> profiles, List<Lead> ipLeads) {
        Map<String, LoadProfile> byAccount = new HashMap<>();
        profiles.forEach(p -> byAccount.put(p.getAccountId(), p));
        Set<String> ipLed = new HashSet<>();
        ipLeads.forEach(l -> ipLed.add(l.entityId()));
        List<LoadLead> unranked = new ArrayList<>();
        for (Finding f : findings) {
            if (f.getMeasure() != Measure.INSPECTION_LEAD || f.getSubjectType() != SubjectType.ACCOUNT) {
                continue;
            }
            LoadProfile profile = byAccount.get(f.getSubjectId());
            if (profile == null) {
                // A lead about an account that no load profile made (another rule's): not one of these.
                continue;
            }
            unranked.add(new LoadLead(0, profile, ipLed.contains(f.getEntityId()), f));
        }
        unranked.sort(Comparator.comparing((LoadLead l) -> !l.ipLead())
                .thenComparing(l -> !l.profile().getAccount().isOnCheaperTariff())
                .thenComparing(l -> l.profile().getMean(), Comparator.reverseOrder())
                .thenComparing(l -> l.profile().getVariation())
                .thenComparing(LoadLead::accountId, NaturalOrder.INSTANCE));
        List<LoadLead> ranked = new ArrayList<>();
        for (LoadLead l : unranked) {
            ranked.add(new LoadLead(ranked.size() + 1, l.profile(), l.ipLead(), l.finding()));
        }
        return List.copyOf(ranked);
    }
}
