package nl.kringwerk.base.domain;

/** Something with a name a person reads, such as the signed-in user shown in the top bar. */
public interface DisplayNamed {

    String displayName();
}
