package org.portcullis.model.filing;

/** A ship or company security officer (ISPS Code, part A, sections 11 and 12) and how to reach them. */
public record SecurityOfficer(String name, String phone, String email) {
}
