package io.profilekit.testing.internal;

import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.SystemProfile;
import io.profilekit.ProfileKind;
import io.profilekit.registry.PackRegistry;
import io.profilekit.testing.GeneratedProfile;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.testing.ProfileSource;
import io.profilekit.testing.junit.GeneratedProfiles;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The arguments of {@link GeneratedProfiles}: one per seed, named by the seed and the profile. */
public final class GeneratedProfilesProvider implements ArgumentsProvider, AnnotationConsumer<GeneratedProfiles> {
    private GeneratedProfiles annotation;
    /** Created by JUnit. */
    public GeneratedProfilesProvider() {
    }

    @Override
    public void accept(GeneratedProfiles a) {
        this.annotation = a;
    }

    @Override
    @SuppressWarnings("deprecation") // the one method every JUnit 5.x and 6.x calls
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return SourceSupport.all(() -> arguments(context));
    }

    private List<Arguments> arguments(ExtensionContext context) {
        if (annotation.count() < 1) {
            throw new IllegalArgumentException("@GeneratedProfiles: count must be 1 or more, was " + annotation.count());
        }
        Method m = context.getRequiredTestMethod();
        Class<?> wanted = m.getParameterCount() == 0 ? Void.class : m.getParameterTypes()[0];
        boolean sample = wanted.isAssignableFrom(GeneratedProfile.class) && wanted != Object.class;
        if (!sample && !wanted.isAssignableFrom(ClusterProfile.class) && !ClusterProfile.class.isAssignableFrom(wanted)) {
            throw new IllegalArgumentException("@GeneratedProfiles gives a ClusterProfile or a GeneratedProfile, not "
                    + (wanted == Void.class ? "nothing: " + m.getName() + " takes no parameter" : "a " + wanted.getName()));
        }
        Set<ProfileKind> kinds = annotation.kinds().length == 0 ? EnumSet.allOf(ProfileKind.class)
                : EnumSet.copyOf(Arrays.asList(annotation.kinds()));
        if (!sample && wanted != ClusterProfile.class && ClusterProfile.class.isAssignableFrom(wanted)) {
            // A parameter of one kind (e.g. AddOnProfile) takes profiles of that kind only.
            kinds.removeIf(k -> !wanted.isAssignableFrom(type(k)));
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("@GeneratedProfiles: " + m.getName() + " takes "
                        + wanted.getSimpleName() + ", but kinds = " + Arrays.toString(annotation.kinds())
                        + " gives none; leave kinds out or name the parameter's kind");
            }
        }
        ProfileSource source = annotation.validFor() == GeneratedProfiles.AnyRegistry.class ? null
                : ProfileGenerator.validFor(registry(annotation.validFor()))
                        .ofKinds(kinds.toArray(new ProfileKind[0]));
        return LongStream.range(0, annotation.count()).mapToObj(i -> {
            long seed = annotation.seed() + i;
            GeneratedProfile g = new GeneratedProfile(seed, source != null ? source.generate(seed) : any(seed, kinds));
            return Arguments.of(Named.of(g.toString(), sample ? g : g.profile()));
        }).collect(Collectors.toList());
    }

    private static Class<? extends ClusterProfile> type(ProfileKind kind) {
        switch (kind) {
            case ADD_ON:
                return AddOnProfile.class;
            case SYSTEM:
                return SystemProfile.class;
            default:
                return InfrastructureProfile.class;
        }
    }

    /** A random profile of one of the kinds, tied to no registry. */
    private static ClusterProfile any(long seed, Set<ProfileKind> kinds) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        ProfileKind[] options = kinds.toArray(new ProfileKind[0]);
        switch (options[gen.random().nextInt(options.length)]) {
            case ADD_ON:
                return gen.addOnProfile();
            case SYSTEM:
                return gen.systemProfile();
            default:
                return gen.random().nextBoolean() ? gen.profile() : gen.fullProfile();
        }
    }

    private static PackRegistry registry(Class<? extends Supplier<? extends PackRegistry>> type) {
        try {
            Constructor<? extends Supplier<? extends PackRegistry>> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance().get();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalArgumentException("@GeneratedProfiles: validFor = " + type.getName()
                    + " needs a no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("@GeneratedProfiles: " + type.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
