-- Who wrote a line of the history Lien records itself (an advisor's note): their username.
ALTER TABLE client_event ADD COLUMN author VARCHAR(40);
