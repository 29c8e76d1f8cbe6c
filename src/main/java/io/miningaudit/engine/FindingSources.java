package io.miningaudit.engine;

import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Parameter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Which parameters each finding rests on: while a session runs, every fact a rule inserts is remembered with the
 * facts of the match that inserted it; a finding then rests on the parameters found by following those facts back,
 * through the classifications that derived them, to the parameter table. The Parameters sheet counts findings so.
 */
final class FindingSources extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private List<Object> firing = List.of();
    private final Map<Object, List<Object>> inputs = new IdentityHashMap<>();
    private final Map<Object, Set<String>> memo = new IdentityHashMap<>();

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = List.copyOf(event.getMatch().getObjects());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = List.of();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && !firing.isEmpty()) {
            inputs.put(event.getObject(), firing);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }

    /** How many of {@code findings} rest on each parameter, by its name. */
    Map<String, Long> findingsByParameter(Collection<Finding> findings) {
        Map<String, Long> counts = new HashMap<>();
        for (Finding f : findings) {
            for (String name : parameters(f)) {
                counts.merge(name, 1L, Long::sum);
            }
        }
        return counts;
    }

    private Set<String> parameters(Object fact) {
        if (fact instanceof Parameter p) {
            return Set.of(p.getName());
        }
        Set<String> known = memo.get(fact);
        if (known != null) {
            return known;
        }
        // Marked while it is followed, so that a fact that is its own input ends the walk.
        memo.put(fact, Set.of());
        Set<String> names = new HashSet<>();
        if (fact instanceof Collection<?> many) {
            many.forEach(item -> names.addAll(parameters(item)));
        }
        for (Object input : inputs.getOrDefault(fact, List.of())) {
            names.addAll(parameters(input));
        }
        Set<String> result = Set.copyOf(names);
        memo.put(fact, result);
        return result;
    }
}
