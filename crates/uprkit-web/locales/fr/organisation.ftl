# organisation
