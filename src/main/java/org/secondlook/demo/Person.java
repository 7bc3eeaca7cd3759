package org.secondlook.demo;

/** An invented applicant's identity and contact details. */
record Person(String firstName, String lastName, String email, String phone, WordLists.Place home) {
    String fullName() {
        return firstName + " " + lastName;
    }
}
