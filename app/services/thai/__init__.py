"""Thai basics: Buddhist Era dates, fiscal and academic years, Thai digits, dictionary
sorting, national id and phone checks, provinces and name titles."""
