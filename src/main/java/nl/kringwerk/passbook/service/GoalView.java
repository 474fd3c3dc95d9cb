package nl.kringwerk.passbook.service;

import nl.kringwerk.passbook.domain.GoalDetails;
import nl.kringwerk.passbook.domain.GoalProgress;
import org.jspecify.annotations.Nullable;

/** Her goal as it is shown: what she chose, and how far she is (when it has an amount). */
public record GoalView(GoalDetails details, @Nullable GoalProgress progress) {}
