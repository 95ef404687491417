package org.portcullis.rules.screening.quality;

/**
 * The names the labelled set is made of: given names with their transliterations, family names of many origins, and
 * pairs of family names that begin alike but are other families (all written for these tests).
 */
final class NamePools {

    static final String[][] GIVEN = {
        {"Mohammed", "Muhammad", "Mohamed", "Mohammad"}, {"Yusuf", "Youssef", "Yousef"}, {"Aleksandr", "Alexander"},
        {"Sergei", "Sergey", "Serguei"}, {"Dmitri", "Dmitry", "Dmitriy"}, {"Yuri", "Yury", "Iouri"},
        {"Natalia", "Natalya", "Nataliya"}, {"Ahmed", "Ahmad", "Achmed"}, {"Hussein", "Husain", "Hussain"},
        {"Abdullah", "Abdallah", "Abdulla"}, {"Fatima", "Fatimah", "Fatma"}, {"Omar", "Umar"}, {"Hassan", "Hasan"},
        {"Ibrahim", "Ebrahim"}, {"Mikhail", "Michail"}, {"Nikolai", "Nikolay", "Nicolai"}, {"Andrei", "Andrey"},
        {"Yevgeny", "Evgeny", "Evgeniy"}, {"Olga", "Olha"}, {"Aisha", "Ayesha", "Aicha"}, {"Khalid", "Khaled"},
        {"Tariq", "Tarek", "Tarik"}, {"Mustafa", "Mustapha", "Moustafa"}, {"Rashid", "Rasheed"}, {"Samir", "Sameer"},
        {"Jose"}, {"Maria"}, {"Juan"}, {"Carlos"}, {"Ana"}, {"Pieter", "Peter"}, {"Johan", "Johann"}, {"Erik", "Eric"},
        {"Katarzyna"}, {"Giuseppe"}, {"Francesca"}, {"Kwame"}, {"Chukwuemeka"}, {"Anna"}, {"Elena", "Yelena"},
    };

    static final String[] FAMILY = {"Ivanov", "Petrov", "Sokolov", "Kuznetsov", "Popescu", "Kowalski", "Nowak",
        "Wisniewski", "Garcia", "Fernandez", "Rodriguez", "Martinez", "Hernandez", "Rossi", "Bianchi", "Esposito",
        "Silva", "Santos", "Oliveira", "Haddad", "Khalil", "Nasser", "Mansour", "Saleh", "Qureshi", "Chaudhry",
        "Okafor", "Mensah", "Boateng", "Diallo", "Traore", "Nguyen", "Tran", "Pham", "Hoang", "Jansen", "de Vries",
        "van Dijk", "Bakker", "Visser", "Schmidt", "Schneider", "Fischer", "Weber", "Lindqvist", "Eriksson",
        "Johansson", "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Horvath", "Novak", "Dimitrov",
        "Georgiou", "Papadopoulos", "Yilmaz", "Demir", "Kaya", "Ozturk", "Abubakar", "Mwangi", "Otieno", "Kamau",
        "Rahman", "Hossain", "Islam", "Chowdhury", "Tanaka", "Watanabe"};

    /**
     * Family names that begin like another of the pool but are another family, two or more edits apart: names one
     * edit apart (Nasser, Nassar; Bakker, Baker) cannot be told from a typo by the name alone and are left out, as are
     * spellings of one name (Hossain, Hussain).
     */
    static final String[][] LOOKALIKE_FAMILIES = {{"Petrov", "Petrenko"}, {"Ivanov", "Ivanenko"},
        {"Sokolov", "Sokolowski"}, {"Kovalenko", "Kovalchuk"}, {"Garcia", "Garrido"}, {"Fernandez", "Ferreira"},
        {"Hernandez", "Herrera"}, {"Rossi", "Rossetti"}, {"Silva", "Silveira"}, {"Santos", "Santana"},
        {"Haddad", "Hadid"}, {"Schmidt", "Schmitz"}, {"Schneider", "Schneiderman"}, {"Fischer", "Fischbach"},
        {"Eriksson", "Erikstad"}, {"Shevchenko", "Shevchuk"}, {"Bondarenko", "Bondar"}, {"Novak", "Novakovic"},
        {"Dimitrov", "Dimitriadis"}, {"Yilmaz", "Yildiz"}, {"Demir", "Demirci"}, {"Rahman", "Rahimi"},
        {"Tanaka", "Tanabe"}, {"Okafor", "Okonkwo"}, {"Mensah", "Menon"}, {"Kowalski", "Kowalczyk"},
        {"Popescu", "Popovici"}, {"Georgiou", "Georgiadis"}, {"Saleh", "Salem"}, {"Khalil", "Khalifa"}};

    private NamePools() {
    }
}
