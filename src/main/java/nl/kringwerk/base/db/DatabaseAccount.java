package nl.kringwerk.base.db;

/** A MariaDB user name with its password. The password never shows in logs or exception messages. */
public record DatabaseAccount(String user, String password) {

    @Override
    public String toString() {
        return "DatabaseAccount[" + user + "]";
    }
}
