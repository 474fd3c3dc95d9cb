package nl.kringwerk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;

/** Finds and calls service methods by reflection, so access tests cover new methods at once. */
public final class ServiceMethods {

    private ServiceMethods() {}

    /** Every public method of these services whose first parameter is named one of {@code firstParameters}. */
    public static List<Method> takingFirst(List<String> firstParameters, Class<?>... services) {
        return Stream.of(services)
                .flatMap(c -> Stream.of(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getParameterCount() > 0)
                .filter(m -> firstParameters.contains(m.getParameters()[0].getName()))
                .toList();
    }

    /** Calls the method on the one of these services that declares it (see {@link #call}). */
    public static Object callOn(List<?> services, Method method, Object[] args) throws Throwable {
        Object target = services.stream()
                .filter(method.getDeclaringClass()::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service for " + method));
        return call(target, method, args);
    }

    /** Calls the method and throws what the method threw, not the reflection wrapper. */
    public static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
