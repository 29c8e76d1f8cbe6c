package io.miningaudit.facts;

import lombok.NonNull;
import lombok.Value;

/** A mining project whose inspection found it still running: it must stop, as a new or as an existing project. */
@Value(staticConstructor = "of")
public class OngoingProject {
    @NonNull Project project;
    @NonNull Inspection inspection;

    public boolean isNewProject() {
        return project.getAge() == ProjectAge.NEW;
    }
}
