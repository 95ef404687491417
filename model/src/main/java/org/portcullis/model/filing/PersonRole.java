package org.portcullis.model.filing;

/** Whether a person on board is crew (FAL form 5) or a passenger (FAL form 6). */
public enum PersonRole {
    CREW,
    PASSENGER
}
